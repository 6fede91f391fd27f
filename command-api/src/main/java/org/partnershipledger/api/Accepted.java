package org.partnershipledger.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.partnershipledger.events.framework.Recommendation;

/**
 * The answer to an accepted command: the new resource's id under its own name, the
 * partnership's new version (the sequence number of its last event), and for some
 * commands what the command decided. A joint decision that other parties still have to
 * confirm names itself ({@code jointDecisionId}) and the parties it waits for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Accepted(String partnershipId, String partyId, String assessmentId, String decisionId, long version,
		Recommendation recommendation, Boolean departsFromRecommendation, String contractId, String instrumentId,
		String measureId, String adaptationId, String iterationId, String reviewId, String variationId, String reportId,
		String paymentId, String disputeId, String noticeId, String findingId, String jointDecisionId,
		List<String> awaitingConfirmationFrom) {

	public Accepted(String partnershipId, String partyId, String assessmentId, String decisionId, long version,
			Recommendation recommendation, Boolean departsFromRecommendation, String contractId, String instrumentId,
			String measureId, String adaptationId, String iterationId, String reviewId) {
		this(partnershipId, partyId, assessmentId, decisionId, version, recommendation, departsFromRecommendation,
				contractId, instrumentId, measureId, adaptationId, iterationId, reviewId, null, null, null, null, null,
				null, null, null);
	}

	public Accepted(String partnershipId, String partyId, String assessmentId, String decisionId, long version,
			Recommendation recommendation, Boolean departsFromRecommendation) {
		this(partnershipId, partyId, assessmentId, decisionId, version, recommendation, departsFromRecommendation, null,
				null, null, null, null);
	}

	public Accepted(String partnershipId, String partyId, String assessmentId, String decisionId, long version,
			Recommendation recommendation, Boolean departsFromRecommendation, String contractId, String instrumentId,
			String measureId, String adaptationId, String iterationId) {
		this(partnershipId, partyId, assessmentId, decisionId, version, recommendation, departsFromRecommendation,
				contractId, instrumentId, measureId, adaptationId, iterationId, null);
	}

	public static Accepted partnership(String partnershipId, long version) {
		return new Accepted(partnershipId, null, null, null, version, null, null);
	}

	public static Accepted party(String partnershipId, String partyId, long version) {
		return new Accepted(partnershipId, partyId, null, null, version, null, null);
	}

	public static Accepted assessment(String partnershipId, String assessmentId, long version,
			Recommendation recommendation) {
		return new Accepted(partnershipId, null, assessmentId, null, version, recommendation, null);
	}

	public static Accepted modelChoice(String partnershipId, String decisionId, long version, boolean departs) {
		return new Accepted(partnershipId, null, null, decisionId, version, null, departs);
	}

	public static Accepted contract(String partnershipId, String contractId, long version) {
		return new Accepted(partnershipId, null, null, null, version, null, null, contractId, null, null, null, null);
	}

	public static Accepted instrument(String partnershipId, String instrumentId, long version) {
		return new Accepted(partnershipId, null, null, null, version, null, null, null, instrumentId, null, null, null);
	}

	public static Accepted measure(String partnershipId, String measureId, long version) {
		return new Accepted(partnershipId, null, null, null, version, null, null, null, null, measureId, null, null);
	}

	public static Accepted adaptation(String partnershipId, String adaptationId, long version) {
		return new Accepted(partnershipId, null, null, null, version, null, null, null, null, null, adaptationId, null);
	}

	public static Accepted iteration(String partnershipId, String iterationId, long version) {
		return new Accepted(partnershipId, null, null, null, version, null, null, null, null, null, null, iterationId);
	}

	public static Accepted review(String partnershipId, String reviewId, long version) {
		return new Accepted(partnershipId, null, null, null, version, null, null, null, null, null, null, null,
				reviewId);
	}

	private static Accepted with(String partnershipId, long version, String variationId, String reportId,
			String paymentId, String disputeId, String noticeId, String findingId) {
		return new Accepted(partnershipId, null, null, null, version, null, null, null, null, null, null, null, null,
				variationId, reportId, paymentId, disputeId, noticeId, findingId, null, null);
	}

	public static Accepted variation(String partnershipId, String variationId, long version) {
		return with(partnershipId, version, variationId, null, null, null, null, null);
	}

	public static Accepted outcomeReport(String partnershipId, String reportId, long version) {
		return with(partnershipId, version, null, reportId, null, null, null, null);
	}

	public static Accepted payment(String partnershipId, String paymentId, long version) {
		return with(partnershipId, version, null, null, paymentId, null, null, null);
	}

	public static Accepted dispute(String partnershipId, String disputeId, long version) {
		return with(partnershipId, version, null, null, null, disputeId, null, null);
	}

	public static Accepted notice(String partnershipId, String noticeId, long version) {
		return with(partnershipId, version, null, null, null, null, noticeId, null);
	}

	public static Accepted finding(String partnershipId, String findingId, long version) {
		return with(partnershipId, version, null, null, null, null, null, findingId);
	}

	/**
	 * The same answer for a joint decision proposed and waiting for the confirmation of
	 * the parties named; it takes effect when the last of them confirms.
	 */
	public Accepted awaiting(String proposedJointDecisionId, List<String> partyIds) {
		return new Accepted(this.partnershipId, this.partyId, this.assessmentId, this.decisionId, this.version,
				this.recommendation, this.departsFromRecommendation, this.contractId, this.instrumentId, this.measureId,
				this.adaptationId, this.iterationId, this.reviewId, this.variationId, this.reportId, this.paymentId,
				this.disputeId, this.noticeId, this.findingId, proposedJointDecisionId, List.copyOf(partyIds));
	}

	public static Accepted jointDecision(String partnershipId, String jointDecisionId, long version) {
		return new Accepted(partnershipId, null, null, null, version, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, jointDecisionId, null);
	}

}
