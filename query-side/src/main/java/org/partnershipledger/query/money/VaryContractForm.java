package org.partnershipledger.query.money;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.VaryContractRequest;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.ContractNow;
import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;
import org.partnershipledger.query.web.Pounds;

/**
 * The form for a contract variation under an agreed adaptation. The value and end date
 * after start as the contract's now; the command side works out the value and term before
 * and every percentage from the contract.
 */
public class VaryContractForm extends AuthorityFields {

	private String sourceAdaptationId;

	private AdaptationCategory category;

	private LegalGround legalGround;

	private String valueAfter;

	private DateParts termEndAfter = new DateParts();

	private DateParts effectiveDate = new DateParts();

	private Boolean contractChangeNoticeRequired;

	private String noticeReference;

	private DateParts noticePublishedOn = new DateParts();

	private Boolean voluntaryPublication;

	/**
	 * Fills what the person has not typed yet: the value and end date as they are now,
	 * and the category of the adaptation chosen, if any.
	 */
	void prefill(ContractNow now, Adaptation source) {
		if (this.valueAfter == null && now != null) {
			this.valueAfter = Pounds.text(now.value());
		}
		if (this.termEndAfter.isEmpty() && now != null && now.endDate() != null) {
			this.termEndAfter = DateParts.of(now.endDate());
		}
		if (source != null && this.sourceAdaptationId == null) {
			this.sourceAdaptationId = source.adaptationId();
		}
		if (source != null && this.category == null) {
			this.category = source.category();
		}
	}

	VaryContractRequest toRequest(BindingResult errors, Clock clock) {
		String source = Lines.textOrNull(this.sourceAdaptationId);
		FormChecks.required(errors, "sourceAdaptationId", source,
				"Select the agreed adaptation the variation rests on");
		FormChecks.required(errors, "category", this.category, "Select the category of the change");
		FormChecks.required(errors, "legalGround", this.legalGround, "Select the legal ground for the change");
		Money after = Pounds.read(this.valueAfter, "valueAfter", "the contract's value after the variation", errors);
		LocalDate endAfter = DateParts.read(this.termEndAfter, "termEndAfter",
				"the date the contract ends after the variation", errors);
		LocalDate effective = DateParts.read(this.effectiveDate, "effectiveDate", "the date the variation takes effect",
				errors);
		FormChecks.required(errors, "contractChangeNoticeRequired", this.contractChangeNoticeRequired,
				"Select whether a contract change notice is required");
		LocalDate published = this.noticePublishedOn.isEmpty() ? null : DateParts.read(this.noticePublishedOn,
				"noticePublishedOn", "the date the notice was published", errors);
		if (Boolean.TRUE.equals(this.contractChangeNoticeRequired) && published != null && effective != null
				&& !published.isBefore(effective)) {
			errors.rejectValue("noticePublishedOn", "order",
					"The contract change notice must be published before the variation takes effect");
		}
		VaryContractRequest request = new VaryContractRequest(source, this.category, this.legalGround, after, endAfter,
				effective, this.contractChangeNoticeRequired, Lines.textOrNull(this.noticeReference), published,
				this.voluntaryPublication, null, null, authority());
		FormProblems.reject(request.problems(clock), errors, VaryContractForm::formField);
		return errors.hasErrors() ? null : request;
	}

	public static String formField(String apiField) {
		if (apiField.startsWith("valueAfter")) {
			return "valueAfter";
		}
		return switch (apiField) {
			case "sourceAdaptationId", "category", "legalGround", "termEndAfter", "effectiveDate",
					"contractChangeNoticeRequired", "noticeReference", "noticePublishedOn", "voluntaryPublication" ->
				apiField;
			default -> AuthorityFields.formField(apiField);
		};
	}

	public String getSourceAdaptationId() {
		return this.sourceAdaptationId;
	}

	public void setSourceAdaptationId(String sourceAdaptationId) {
		this.sourceAdaptationId = sourceAdaptationId;
	}

	public AdaptationCategory getCategory() {
		return this.category;
	}

	public void setCategory(AdaptationCategory category) {
		this.category = category;
	}

	public LegalGround getLegalGround() {
		return this.legalGround;
	}

	public void setLegalGround(LegalGround legalGround) {
		this.legalGround = legalGround;
	}

	public String getValueAfter() {
		return this.valueAfter;
	}

	public void setValueAfter(String valueAfter) {
		this.valueAfter = valueAfter;
	}

	public DateParts getTermEndAfter() {
		return this.termEndAfter;
	}

	public void setTermEndAfter(DateParts termEndAfter) {
		this.termEndAfter = termEndAfter;
	}

	public DateParts getEffectiveDate() {
		return this.effectiveDate;
	}

	public void setEffectiveDate(DateParts effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

	public Boolean getContractChangeNoticeRequired() {
		return this.contractChangeNoticeRequired;
	}

	public void setContractChangeNoticeRequired(Boolean contractChangeNoticeRequired) {
		this.contractChangeNoticeRequired = contractChangeNoticeRequired;
	}

	public String getNoticeReference() {
		return this.noticeReference;
	}

	public void setNoticeReference(String noticeReference) {
		this.noticeReference = noticeReference;
	}

	public DateParts getNoticePublishedOn() {
		return this.noticePublishedOn;
	}

	public void setNoticePublishedOn(DateParts noticePublishedOn) {
		this.noticePublishedOn = noticePublishedOn;
	}

	public Boolean getVoluntaryPublication() {
		return this.voluntaryPublication;
	}

	public void setVoluntaryPublication(Boolean voluntaryPublication) {
		this.voluntaryPublication = voluntaryPublication;
	}

}
