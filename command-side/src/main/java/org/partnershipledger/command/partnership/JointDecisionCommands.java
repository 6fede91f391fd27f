package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.ConfirmJointDecisionRequest;
import org.partnershipledger.api.DeclineJointDecisionRequest;
import org.partnershipledger.api.identity.Identity;

/** What a party does with a joint decision proposed to it: confirm it or decline it. */
public final class JointDecisionCommands {

	private JointDecisionCommands() {
	}

	/** Confirm a proposed joint decision for the person's own party. */
	public record ConfirmJointDecision(@TargetAggregateIdentifier String partnershipId, String jointDecisionId,
			Identity identity, ConfirmJointDecisionRequest request, Instant occurredAt) implements PartnershipCommand {

		public ConfirmJointDecision {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(jointDecisionId, "jointDecisionId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Decline a proposed joint decision for the person's own party; it lapses. */
	public record DeclineJointDecision(@TargetAggregateIdentifier String partnershipId, String jointDecisionId,
			Identity identity, DeclineJointDecisionRequest request, Instant occurredAt) implements PartnershipCommand {

		public DeclineJointDecision {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(jointDecisionId, "jointDecisionId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

}
