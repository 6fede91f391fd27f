package org.partnershipledger.query.adaptations;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.EvaluateAdaptationEffectRequest;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The form for recording how well an implemented adaptation worked, and the evidence. */
public class EvaluateAdaptationForm {

	private AdaptationEffect effect;

	private String evidence;

	EvaluateAdaptationEffectRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "effect", this.effect, "Select how well the change worked");
		FormChecks.required(errors, "evidence", this.evidence, "Enter the evidence of its effect");
		EvaluateAdaptationEffectRequest request = new EvaluateAdaptationEffectRequest(this.effect, this.evidence, null,
				null);
		FormProblems.reject(request.problems(clock), errors, EvaluateAdaptationForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "effect", "evidence" -> apiField;
			default -> null;
		};
	}

	public AdaptationEffect getEffect() {
		return this.effect;
	}

	public void setEffect(AdaptationEffect effect) {
		this.effect = effect;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

}
