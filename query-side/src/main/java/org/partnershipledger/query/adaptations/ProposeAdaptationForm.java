package org.partnershipledger.query.adaptations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Numbers;

/**
 * The form for proposing an adaptation. The proposing party is the person's own party,
 * not a field.
 */
public class ProposeAdaptationForm {

	private AdaptationCategory category;

	private AdaptationFormality formality;

	private String title;

	private String description;

	private String rationale;

	private List<String> triggerRefs = new ArrayList<>();

	private String valueChangePct;

	private String termChangePct;

	private String scopeSummary;

	private List<String> measuresAffected = new ArrayList<>();

	private List<String> affectedPartyIds = new ArrayList<>();

	private List<PrincipleCode> principlesInvoked = new ArrayList<>();

	private DateParts proposedEffectiveDate = new DateParts();

	private Boolean urgent;

	private PaymentMechanism newPaymentMechanism;

	ProposeAdaptationRequest toRequest(String proposedByPartyId, BindingResult errors, Clock clock) {
		FormChecks.required(errors, "category", this.category, "Select what the adaptation changes");
		FormChecks.required(errors, "formality", this.formality, "Select how formal the change is");
		FormChecks.required(errors, "title", this.title, "Enter a short title");
		FormChecks.required(errors, "description", this.description, "Describe the change");
		FormChecks.required(errors, "rationale", this.rationale, "Enter why the change is needed");
		BigDecimal value = Numbers.read(this.valueChangePct, "valueChangePct",
				"Enter the value change as a percentage, like 5 or -2.5", errors);
		BigDecimal term = Numbers.read(this.termChangePct, "termChangePct",
				"Enter the term change as a percentage, like 10 or -5", errors);
		LocalDate effective = DateParts.read(this.proposedEffectiveDate, "proposedEffectiveDate",
				"the date the change should take effect", errors);
		ProposeAdaptationRequest request = new ProposeAdaptationRequest(proposedByPartyId, this.category,
				this.formality, this.title, this.description, this.rationale, this.triggerRefs,
				new ExpectedImpact(value, term, this.scopeSummary, this.measuresAffected), this.affectedPartyIds,
				this.principlesInvoked, effective, this.urgent, this.newPaymentMechanism, null, null);
		FormProblems.reject(request.problems(clock), errors, ProposeAdaptationForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		String field = apiField.replaceAll("\\[\\d+]$", "");
		return switch (field) {
			case "category", "formality", "title", "description", "rationale", "triggerRefs", "affectedPartyIds",
					"principlesInvoked", "proposedEffectiveDate", "urgent", "newPaymentMechanism" ->
				field;
			case "expectedImpact.valueChangePct" -> "valueChangePct";
			case "expectedImpact.termChangePct" -> "termChangePct";
			case "expectedImpact.scopeSummary" -> "scopeSummary";
			case "expectedImpact.measuresAffected" -> "measuresAffected";
			default -> null;
		};
	}

	public AdaptationCategory getCategory() {
		return this.category;
	}

	public void setCategory(AdaptationCategory category) {
		this.category = category;
	}

	public AdaptationFormality getFormality() {
		return this.formality;
	}

	public void setFormality(AdaptationFormality formality) {
		this.formality = formality;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public List<String> getTriggerRefs() {
		return this.triggerRefs;
	}

	public void setTriggerRefs(List<String> triggerRefs) {
		this.triggerRefs = (triggerRefs == null) ? new ArrayList<>() : triggerRefs;
	}

	public String getValueChangePct() {
		return this.valueChangePct;
	}

	public void setValueChangePct(String valueChangePct) {
		this.valueChangePct = valueChangePct;
	}

	public String getTermChangePct() {
		return this.termChangePct;
	}

	public void setTermChangePct(String termChangePct) {
		this.termChangePct = termChangePct;
	}

	public String getScopeSummary() {
		return this.scopeSummary;
	}

	public void setScopeSummary(String scopeSummary) {
		this.scopeSummary = scopeSummary;
	}

	public List<String> getMeasuresAffected() {
		return this.measuresAffected;
	}

	public void setMeasuresAffected(List<String> measuresAffected) {
		this.measuresAffected = (measuresAffected == null) ? new ArrayList<>() : measuresAffected;
	}

	public List<String> getAffectedPartyIds() {
		return this.affectedPartyIds;
	}

	public void setAffectedPartyIds(List<String> affectedPartyIds) {
		this.affectedPartyIds = (affectedPartyIds == null) ? new ArrayList<>() : affectedPartyIds;
	}

	public List<PrincipleCode> getPrinciplesInvoked() {
		return this.principlesInvoked;
	}

	public void setPrinciplesInvoked(List<PrincipleCode> principlesInvoked) {
		this.principlesInvoked = (principlesInvoked == null) ? new ArrayList<>() : principlesInvoked;
	}

	public DateParts getProposedEffectiveDate() {
		return this.proposedEffectiveDate;
	}

	public void setProposedEffectiveDate(DateParts proposedEffectiveDate) {
		this.proposedEffectiveDate = proposedEffectiveDate;
	}

	public Boolean getUrgent() {
		return this.urgent;
	}

	public void setUrgent(Boolean urgent) {
		this.urgent = urgent;
	}

	public PaymentMechanism getNewPaymentMechanism() {
		return this.newPaymentMechanism;
	}

	public void setNewPaymentMechanism(PaymentMechanism newPaymentMechanism) {
		this.newPaymentMechanism = newPaymentMechanism;
	}

}
