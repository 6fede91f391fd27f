package org.partnershipledger.query.setup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.Rc1Phrases;
import org.partnershipledger.events.framework.RuleSetRc1;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/**
 * The assessment form: the gate, the seven dimensions in order D1 to D7 (property
 * {@code scores[i]}), whether outcome metrics exist, and why the assessment is made.
 */
public class AssessmentForm {

	private AssessmentTrigger trigger;

	private Boolean moneyChangesHands;

	private Boolean outcomeMetricsAvailable;

	private List<ScoreForm> scores = new ArrayList<>();

	public AssessmentForm() {
		for (Dimension dimension : Dimension.values()) {
			this.scores.add(new ScoreForm(dimension));
		}
	}

	/**
	 * The request, or {@code null} when the form has problems, which are then on
	 * {@code errors}.
	 */
	AssessServiceCharacteristicsRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "trigger", this.trigger, "Select why you are assessing the service now");
		FormChecks.required(errors, "moneyChangesHands", this.moneyChangesHands,
				"Select yes if any party will be paid by another party for delivering the service");
		FormChecks.required(errors, "outcomeMetricsAvailable", this.outcomeMetricsAvailable,
				"Select yes if there are metrics that show the outcomes of the service");
		Map<Dimension, DimensionScore> values = new EnumMap<>(Dimension.class);
		for (int i = 0; i < this.scores.size(); i++) {
			ScoreForm score = this.scores.get(i);
			Dimension dimension = score.getDimension();
			String name = dimension.code() + " " + Rc1Phrases.label(dimension);
			String field = "scores[" + i + "].score";
			if (!score.isChosen()) {
				errors.rejectValue(field, "required", "Choose a score for " + name + ", or choose Not known");
			}
			else if (!score.isValid()) {
				errors.rejectValue(field, "invalid", "Choose a score for " + name + " from 1 to 5, or Not known");
			}
			else {
				values.put(dimension, score.toScore());
			}
			String evidence = score.getEvidence();
			if (evidence == null
					|| evidence.strip().length() < AssessServiceCharacteristicsRequest.MIN_EVIDENCE_LENGTH) {
				errors.rejectValue("scores[" + i + "].evidence", "short", "Give evidence for " + name + " of at least "
						+ AssessServiceCharacteristicsRequest.MIN_EVIDENCE_LENGTH + " characters");
			}
		}
		if (errors.hasErrors()) {
			values = fillGaps(values);
		}
		AssessServiceCharacteristicsRequest request = new AssessServiceCharacteristicsRequest(this.trigger,
				this.moneyChangesHands, this.outcomeMetricsAvailable, values, List.of(), null, null);
		FormProblems.reject(request.problems(clock), errors, AssessmentForm::formField);
		return errors.hasErrors() ? null : request;
	}

	/**
	 * Unchosen scores, already reported, are filled in so that the request's own checks
	 * still report the evidence of every dimension.
	 */
	private Map<Dimension, DimensionScore> fillGaps(Map<Dimension, DimensionScore> values) {
		Map<Dimension, DimensionScore> filled = new EnumMap<>(values);
		for (ScoreForm score : this.scores) {
			filled.putIfAbsent(score.getDimension(), new DimensionScore(RuleSetRc1.IMPUTED_SCORE, score.getEvidence()));
		}
		return filled;
	}

	/**
	 * The form property for a field the API names: {@code scores.LOCK_IN.evidence} is
	 * {@code scores[5].evidence}.
	 */
	static String formField(String apiField) {
		if (apiField.startsWith("scores.")) {
			String[] parts = apiField.split("\\.");
			try {
				int index = Dimension.valueOf(parts[1]).ordinal();
				String property = (parts.length > 2 && parts[2].equals("evidence")) ? "evidence" : "score";
				return "scores[" + index + "]." + property;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return switch (apiField) {
			case "trigger", "moneyChangesHands", "outcomeMetricsAvailable" -> apiField;
			default -> null;
		};
	}

	public AssessmentTrigger getTrigger() {
		return this.trigger;
	}

	public void setTrigger(AssessmentTrigger trigger) {
		this.trigger = trigger;
	}

	public Boolean getMoneyChangesHands() {
		return this.moneyChangesHands;
	}

	public void setMoneyChangesHands(Boolean moneyChangesHands) {
		this.moneyChangesHands = moneyChangesHands;
	}

	public Boolean getOutcomeMetricsAvailable() {
		return this.outcomeMetricsAvailable;
	}

	public void setOutcomeMetricsAvailable(Boolean outcomeMetricsAvailable) {
		this.outcomeMetricsAvailable = outcomeMetricsAvailable;
	}

	public List<ScoreForm> getScores() {
		return this.scores;
	}

}
