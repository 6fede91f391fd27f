package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.JointDecisionKind;

/**
 * One party proposed a joint decision (DOMAIN.md §4, "Joint (J) decisions"): the decision
 * as it will be recorded once every party it binds has confirmed it, exactly one of the
 * six kinds. The proposing party counts as confirming. The parties it binds follow from
 * the decision's kind and the parties' roles, not from the proposer's choice.
 */
@SchemaRevision("1")
public record JointDecisionProposed(String partnershipId, String jointDecisionId, List<String> bindsPartyIds,
		String proposedByPartyId, SharedVisionAgreed vision, GuidingPrinciplesAgreed principles,
		GovernanceArrangementsAgreed governance, AlignmentInstrumentAdopted instrument,
		AdaptationAgreed adaptationAgreement, DisputeResolved disputeResolution,
		Instant occurredAt) implements PartnershipEvent {

	public JointDecisionProposed {
		bindsPartyIds = List.copyOf(bindsPartyIds);
		long proposals = Stream.of(vision, principles, governance, instrument, adaptationAgreement, disputeResolution)
			.filter((proposal) -> proposal != null)
			.count();
		if (proposals != 1) {
			throw new IllegalArgumentException("A joint decision proposes exactly one decision, not " + proposals);
		}
	}

	/** What the decision decides. */
	@JsonIgnore
	public JointDecisionKind kind() {
		PartnershipEvent proposal = proposal();
		if (proposal instanceof SharedVisionAgreed) {
			return JointDecisionKind.SHARED_VISION;
		}
		if (proposal instanceof GuidingPrinciplesAgreed) {
			return JointDecisionKind.GUIDING_PRINCIPLES;
		}
		if (proposal instanceof GovernanceArrangementsAgreed) {
			return JointDecisionKind.GOVERNANCE_ARRANGEMENTS;
		}
		if (proposal instanceof AlignmentInstrumentAdopted) {
			return JointDecisionKind.ALIGNMENT_INSTRUMENT;
		}
		return (proposal instanceof AdaptationAgreed) ? JointDecisionKind.ADAPTATION_AGREEMENT
				: JointDecisionKind.DISPUTE_RESOLUTION;
	}

	/**
	 * The comment the proposing party gave with its proposal: its own approval of an
	 * adaptation's agreement, if any.
	 */
	@JsonIgnore
	public String proposersComment() {
		if (this.adaptationAgreement == null) {
			return null;
		}
		return this.adaptationAgreement.approvals()
			.stream()
			.filter((approval) -> approval.partyId().equals(this.proposedByPartyId))
			.findFirst()
			.map(Approval::comment)
			.orElse(null);
	}

	/** The decision proposed, as it will be recorded once in force. */
	@JsonIgnore
	public PartnershipEvent proposal() {
		return Stream
			.<PartnershipEvent>of(this.vision, this.principles, this.governance, this.instrument,
					this.adaptationAgreement, this.disputeResolution)
			.filter((proposal) -> proposal != null)
			.findFirst()
			.orElseThrow();
	}

}
