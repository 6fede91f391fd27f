package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.api.identity.Identity;

/**
 * The relational basis: the contract or alignment instrument, the shared vision, guiding
 * principles, governance and outcome measures.
 */
public final class RelationalCommands {

	private RelationalCommands() {
	}

	/** Record the signed contract; the partnership becomes ACTIVE. */
	public record ConcludeContract(@TargetAggregateIdentifier String partnershipId, String contractId,
			Identity identity, ConcludeContractRequest request, Instant occurredAt) implements PartnershipCommand {

		public ConcludeContract {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(contractId, "contractId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/**
	 * Record the alignment instrument the parties adopted; the partnership becomes
	 * ACTIVE.
	 */
	public record AdoptAlignmentInstrument(@TargetAggregateIdentifier String partnershipId, String instrumentId,
			Identity identity, AdoptAlignmentInstrumentRequest request,
			Instant occurredAt) implements PartnershipCommand {

		public AdoptAlignmentInstrument {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(instrumentId, "instrumentId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record (a new version of) the shared vision the named parties agreed. */
	public record AgreeSharedVision(@TargetAggregateIdentifier String partnershipId, Identity identity,
			AgreeSharedVisionRequest request, Instant occurredAt) implements PartnershipCommand {

		public AgreeSharedVision {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record (a new version of) the guiding principles the named parties agreed. */
	public record AgreeGuidingPrinciples(@TargetAggregateIdentifier String partnershipId, Identity identity,
			AgreeGuidingPrinciplesRequest request, Instant occurredAt) implements PartnershipCommand {

		public AgreeGuidingPrinciples {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record (a new version of) the governance the named parties agreed. */
	public record AgreeGovernanceArrangements(@TargetAggregateIdentifier String partnershipId, Identity identity,
			AgreeGovernanceArrangementsRequest request, Instant occurredAt) implements PartnershipCommand {

		public AgreeGovernanceArrangements {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Define an outcome measure. */
	public record DefineOutcomeMeasure(@TargetAggregateIdentifier String partnershipId, String measureId,
			Identity identity, DefineOutcomeMeasureRequest request, Instant occurredAt) implements PartnershipCommand {

		public DefineOutcomeMeasure {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(measureId, "measureId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Revise an outcome measure. */
	public record ReviseOutcomeMeasure(@TargetAggregateIdentifier String partnershipId, String measureId,
			Identity identity, ReviseOutcomeMeasureRequest request, Instant occurredAt) implements PartnershipCommand {

		public ReviseOutcomeMeasure {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(measureId, "measureId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

}
