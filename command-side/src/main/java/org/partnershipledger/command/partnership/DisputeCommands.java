package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.api.identity.Identity;

/** Disputes: raised, escalated along the agreed ladder and resolved. */
public final class DisputeCommands {

	private DisputeCommands() {
	}

	/** Raise a dispute. */
	public record RaiseDispute(@TargetAggregateIdentifier String partnershipId, String disputeId, Identity identity,
			RaiseDisputeRequest request, Instant occurredAt) implements PartnershipCommand {

		public RaiseDispute {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(disputeId, "disputeId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Escalate a dispute to the next step of the agreed ladder. */
	public record EscalateDispute(@TargetAggregateIdentifier String partnershipId, String disputeId, Identity identity,
			EscalateDisputeRequest request, Instant occurredAt) implements PartnershipCommand {

		public EscalateDispute {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(disputeId, "disputeId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record a dispute's resolution, agreed by every party to it. */
	public record ResolveDispute(@TargetAggregateIdentifier String partnershipId, String disputeId, Identity identity,
			ResolveDisputeRequest request, Instant occurredAt) implements PartnershipCommand {

		public ResolveDispute {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(disputeId, "disputeId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

}
