package org.partnershipledger.query.relational;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The form for recording the alignment instrument the parties adopted. */
public class InstrumentForm extends AuthorityFields {

	private InstrumentType instrumentType;

	private List<String> signatoryPartyIds = new ArrayList<>();

	private DateParts effectiveFrom = new DateParts();

	private DateParts reviewBy = new DateParts();

	private Boolean legallyBinding;

	AdoptAlignmentInstrumentRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "instrumentType", this.instrumentType, "Select the kind of instrument");
		FormChecks.required(errors, "signatoryPartyIds", this.signatoryPartyIds, "Select the parties who signed it");
		LocalDate from = DateParts.read(this.effectiveFrom, "effectiveFrom", "the date it takes effect", errors);
		LocalDate review = DateParts.read(this.reviewBy, "reviewBy", "the date it will be reviewed by", errors);
		FormChecks.required(errors, "legallyBinding", this.legallyBinding, "Select yes if it is legally binding");
		AdoptAlignmentInstrumentRequest request = new AdoptAlignmentInstrumentRequest(this.instrumentType,
				this.signatoryPartyIds, from, review, this.legallyBinding, null, authority());
		FormProblems.reject(request.problems(clock), errors, InstrumentForm::formField);
		return errors.hasErrors() ? null : request;
	}

	public static String formField(String apiField) {
		if (apiField.startsWith("signatoryPartyIds")) {
			return "signatoryPartyIds";
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

	public List<String> getSignatoryPartyIds() {
		return this.signatoryPartyIds;
	}

	public void setSignatoryPartyIds(List<String> signatoryPartyIds) {
		this.signatoryPartyIds = (signatoryPartyIds == null) ? new ArrayList<>() : signatoryPartyIds;
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
