package org.partnershipledger.api;

/**
 * What a command answers about: the resource the public API's {@code Location} names and
 * the id field of {@link Accepted} that carries its id. Some resources have one per
 * partnership and no id of their own in the answer (the vision, the contract's terms).
 */
public enum CommandResource {

	PARTNERSHIP(null, ""), PARTY("partyId", "/parties/{id}"), ASSESSMENT("assessmentId", "/assessments/{id}"),
	MODEL_CHOICE("decisionId", "/model-choices/{id}"), CONTRACT("contractId", "/contract"),
	CONTRACT_TERMS(null, "/contract"), INSTRUMENT("instrumentId", "/alignment-instrument"),
	INSTRUMENT_TERMS(null, "/alignment-instrument"), VISION(null, "/vision"), PRINCIPLES(null, "/principles"),
	GOVERNANCE(null, "/governance"), MEASURE("measureId", "/outcome-measures/{id}"),
	ADAPTATION("adaptationId", "/adaptations/{id}"), ITERATION("iterationId", "/iterations/{id}"),
	REVIEW("reviewId", "/reviews/{id}"), VARIATION("variationId", "/contract-variations/{id}"),
	REPORT("reportId", "/outcome-reports/{id}"), PAYMENT("paymentId", "/payments/{id}"),
	DISPUTE("disputeId", "/disputes/{id}"), NOTICE("noticeId", "/transparency-notices/{id}"),
	FINDING("findingId", "/audit-findings/{id}"), JOINT_DECISION("jointDecisionId", "/joint-decisions/{id}");

	private final String idField;

	private final String location;

	CommandResource(String idField, String location) {
		this.idField = idField;
		this.location = location;
	}

	/**
	 * The name of the id in the path and in {@link Accepted}, such as
	 * {@code adaptationId}; {@code null} when the answer carries no id of its own.
	 */
	public String idField() {
		return this.idField;
	}

	/** Where the resource is, under the partnership's public path. */
	public String location(String partnershipId, String id) {
		return "/api/v1/partnerships/" + partnershipId + this.location.replace("{id}", (id != null) ? id : "");
	}

	/** The answer to an accepted command about this resource. */
	public Accepted accepted(String partnershipId, String id, long version) {
		return switch (this) {
			case PARTNERSHIP, CONTRACT_TERMS, INSTRUMENT_TERMS, VISION, PRINCIPLES, GOVERNANCE ->
				Accepted.partnership(partnershipId, version);
			case PARTY -> Accepted.party(partnershipId, id, version);
			case ASSESSMENT -> Accepted.assessment(partnershipId, id, version, null);
			case MODEL_CHOICE -> Accepted.modelChoice(partnershipId, id, version, false);
			case CONTRACT -> Accepted.contract(partnershipId, id, version);
			case INSTRUMENT -> Accepted.instrument(partnershipId, id, version);
			case MEASURE -> Accepted.measure(partnershipId, id, version);
			case ADAPTATION -> Accepted.adaptation(partnershipId, id, version);
			case ITERATION -> Accepted.iteration(partnershipId, id, version);
			case REVIEW -> Accepted.review(partnershipId, id, version);
			case VARIATION -> Accepted.variation(partnershipId, id, version);
			case REPORT -> Accepted.outcomeReport(partnershipId, id, version);
			case PAYMENT -> Accepted.payment(partnershipId, id, version);
			case DISPUTE -> Accepted.dispute(partnershipId, id, version);
			case NOTICE -> Accepted.notice(partnershipId, id, version);
			case FINDING -> Accepted.finding(partnershipId, id, version);
			case JOINT_DECISION -> Accepted.jointDecision(partnershipId, id, version);
		};
	}

}
