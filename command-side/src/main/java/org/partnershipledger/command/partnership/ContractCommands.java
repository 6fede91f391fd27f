package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.ClosePartnershipRequest;
import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.TerminateContractRequest;
import org.partnershipledger.api.VaryContractRequest;
import org.partnershipledger.api.identity.Identity;

/**
 * Contract change and exit: variation, extension, termination, the end of an alignment
 * instrument and closure.
 */
public final class ContractCommands {

	private ContractCommands() {
	}

	/** Record a contract variation under an agreed adaptation. */
	public record VaryContract(@TargetAggregateIdentifier String partnershipId, String variationId, Identity identity,
			VaryContractRequest request, Instant occurredAt) implements PartnershipCommand {

		public VaryContract {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(variationId, "variationId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Extend the contract within its maximum extent. */
	public record ExtendContract(@TargetAggregateIdentifier String partnershipId, Identity identity,
			ExtendContractRequest request, Instant occurredAt) implements PartnershipCommand {

		public ExtendContract {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** End the contract; the partnership starts its exit. */
	public record TerminateContract(@TargetAggregateIdentifier String partnershipId, Identity identity,
			TerminateContractRequest request, Instant occurredAt) implements PartnershipCommand {

		public TerminateContract {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** End an alignment partnership's instrument; the partnership starts its exit. */
	public record EndAlignmentInstrument(@TargetAggregateIdentifier String partnershipId, Identity identity,
			EndAlignmentInstrumentRequest request, Instant occurredAt) implements PartnershipCommand {

		public EndAlignmentInstrument {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Close an exiting partnership. */
	public record ClosePartnership(@TargetAggregateIdentifier String partnershipId, Identity identity,
			ClosePartnershipRequest request, Instant occurredAt) implements PartnershipCommand {

		public ClosePartnership {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

}
