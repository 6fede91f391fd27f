package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.ConcludeIterationRequest;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.api.StartIterationRequest;
import org.partnershipledger.api.identity.Identity;

/** A provider's test-and-learn iterations. */
public final class IterationCommands {

	private IterationCommands() {
	}

	/** Start a provider's test-and-learn iteration. */
	public record StartIteration(@TargetAggregateIdentifier String partnershipId, String iterationId, Identity identity,
			StartIterationRequest request, Instant occurredAt) implements PartnershipCommand {

		public StartIteration {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(iterationId, "iterationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Conclude a provider's iteration. */
	public record ConcludeIteration(@TargetAggregateIdentifier String partnershipId, String iterationId,
			Identity identity, ConcludeIterationRequest request, Instant occurredAt) implements PartnershipCommand {

		public ConcludeIteration {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(iterationId, "iterationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Log a finished iteration in one step. */
	public record RecordIteration(@TargetAggregateIdentifier String partnershipId, String iterationId,
			Identity identity, RecordIterationRequest request, Instant occurredAt) implements PartnershipCommand {

		public RecordIteration {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(iterationId, "iterationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

}
