package org.partnershipledger.query.relational;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;

/**
 * What an iteration showed and what the provider decided (the {@code conclusion} part of
 * the conclude and record forms).
 */
public class IterationConclusionFields {

	static final String PREFIX = "conclusion.";

	private DateParts endedOn = new DateParts();

	private List<EvidenceKind> evidence = new ArrayList<>();

	private IterationResult result;

	private IterationDecision decision;

	private String learningSummary;

	private String followUpAdaptationId;

	/** The end date read, after rejecting what was left out. */
	LocalDate check(Errors errors) {
		LocalDate ended = DateParts.read(this.endedOn, PREFIX + "endedOn", "the date it ended", errors);
		FormChecks.required(errors, PREFIX + "evidence", this.evidence, "Select the kinds of evidence");
		FormChecks.required(errors, PREFIX + "result", this.result, "Select what the iteration showed");
		FormChecks.required(errors, PREFIX + "decision", this.decision, "Select what you decided");
		FormChecks.required(errors, PREFIX + "learningSummary", this.learningSummary, "Enter what you learned");
		return ended;
	}

	/** The form property of a field the request names, or {@code null}. */
	static String formField(String apiField) {
		String field = apiField.replaceAll("\\[\\d+]$", "");
		return switch (field) {
			case "endedOn", "evidence", "result", "decision", "learningSummary", "followUpAdaptationId" ->
				PREFIX + field;
			default -> null;
		};
	}

	public DateParts getEndedOn() {
		return this.endedOn;
	}

	public void setEndedOn(DateParts endedOn) {
		this.endedOn = endedOn;
	}

	public List<EvidenceKind> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<EvidenceKind> evidence) {
		this.evidence = (evidence == null) ? new ArrayList<>() : evidence;
	}

	public IterationResult getResult() {
		return this.result;
	}

	public void setResult(IterationResult result) {
		this.result = result;
	}

	public IterationDecision getDecision() {
		return this.decision;
	}

	public void setDecision(IterationDecision decision) {
		this.decision = decision;
	}

	public String getLearningSummary() {
		return this.learningSummary;
	}

	public void setLearningSummary(String learningSummary) {
		this.learningSummary = learningSummary;
	}

	public String getFollowUpAdaptationId() {
		return this.followUpAdaptationId;
	}

	public void setFollowUpAdaptationId(String followUpAdaptationId) {
		this.followUpAdaptationId = followUpAdaptationId;
	}

}
