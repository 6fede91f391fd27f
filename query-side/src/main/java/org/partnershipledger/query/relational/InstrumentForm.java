package org.partnershipledger.query.relational;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/**
 * The form proposing the alignment instrument, a joint decision every party but
 * evaluators confirms for itself; it names no signatories.
 */
public class InstrumentForm extends AuthorityFields {

	private InstrumentType instrumentType;

	private DateParts effectiveFrom = new DateParts();

	private DateParts reviewBy = new DateParts();

	private Boolean legallyBinding;

	AdoptAlignmentInstrumentRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "instrumentType", this.instrumentType, "Select the kind of instrument");
		LocalDate from = DateParts.read(this.effectiveFrom, "effectiveFrom", "the date it takes effect", errors);
		LocalDate review = DateParts.read(this.reviewBy, "reviewBy", "the date it will be reviewed by", errors);
		FormChecks.required(errors, "legallyBinding", this.legallyBinding, "Select yes if it is legally binding");
		AdoptAlignmentInstrumentRequest request = new AdoptAlignmentInstrumentRequest(this.instrumentType, null, from,
				review, this.legallyBinding, null, authority());
		FormProblems.reject(request.problems(clock), errors, InstrumentForm::formField);
		return errors.hasErrors() ? null : request;
	}

	/**
	 * The form's field of an API field; a problem with the signatories (the form sends
	 * none) is shown in the error summary.
	 */
	public static String formField(String apiField) {
		if (apiField.startsWith("signatoryPartyIds")) {
			return null;
		}
		return switch (apiField) {
			case "instrumentType", "effectiveFrom", "reviewBy", "legallyBinding" -> apiField;
			default -> AuthorityFields.formField(apiField);
		};
	}

	public InstrumentType getInstrumentType() {
		return this.instrumentType;
	}

	public void setInstrumentType(InstrumentType instrumentType) {
		this.instrumentType = instrumentType;
	}

	public DateParts getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(DateParts effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public DateParts getReviewBy() {
		return this.reviewBy;
	}

	public void setReviewBy(DateParts reviewBy) {
		this.reviewBy = reviewBy;
	}

	public Boolean getLegallyBinding() {
		return this.legallyBinding;
	}

	public void setLegallyBinding(Boolean legallyBinding) {
		this.legallyBinding = legallyBinding;
	}

}
