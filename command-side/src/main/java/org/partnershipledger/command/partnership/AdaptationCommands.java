package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.api.AssessAdaptationRequest;
import org.partnershipledger.api.EvaluateAdaptationEffectRequest;
import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.api.RejectAdaptationRequest;
import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.api.identity.Identity;

/**
 * An adaptation's life: proposed, assessed, agreed, rejected or withdrawn, implemented
 * and evaluated.
 */
public final class AdaptationCommands {

	private AdaptationCommands() {
	}

	/** Propose an adaptation. */
	public record ProposeAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId,
			Identity identity, ProposeAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

		public ProposeAdaptation {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(adaptationId, "adaptationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Assess a proposed adaptation: legal ground, risk, cumulative change. */
	public record AssessAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId,
			Identity identity, AssessAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

		public AssessAdaptation {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(adaptationId, "adaptationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record that a governance body agreed an adaptation. */
	public record AgreeAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId,
			Identity identity, AgreeAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

		public AgreeAdaptation {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(adaptationId, "adaptationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Reject an adaptation. */
	public record RejectAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId,
			Identity identity, RejectAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

		public RejectAdaptation {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(adaptationId, "adaptationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Withdraw an adaptation (its proposer only). */
	public record WithdrawAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId,
			Identity identity, WithdrawAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

		public WithdrawAdaptation {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(adaptationId, "adaptationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record that an agreed adaptation was put into effect. */
	public record ImplementAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId,
			Identity identity, ImplementAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

		public ImplementAdaptation {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(adaptationId, "adaptationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record how well an implemented adaptation worked. */
	public record EvaluateAdaptationEffect(@TargetAggregateIdentifier String partnershipId, String adaptationId,
			Identity identity, EvaluateAdaptationEffectRequest request,
			Instant occurredAt) implements PartnershipCommand {

		public EvaluateAdaptationEffect {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(adaptationId, "adaptationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

}
