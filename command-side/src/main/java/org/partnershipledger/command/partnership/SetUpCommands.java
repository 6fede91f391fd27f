package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.api.identity.Identity;

/**
 * Set-up: register the partnership, change its parties, assess the service and choose its
 * model.
 */
public final class SetUpCommands {

	private SetUpCommands() {
	}

	/**
	 * Register a partnership. The ids are chosen by the caller so that the answer can
	 * name them and tests can predict them.
	 *
	 * @param occurredAt the business date, already resolved (never after now)
	 */
	public record RegisterPartnership(String partnershipId, String commissioningPartyId, Identity identity,
			RegisterPartnershipRequest request, Instant occurredAt) {

		public RegisterPartnership {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(commissioningPartyId, "commissioningPartyId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Add a party to a partnership. */
	public record AddParty(@TargetAggregateIdentifier String partnershipId, String partyId, Identity identity,
			AddPartyRequest request, Instant occurredAt) implements PartnershipCommand {

		public AddParty {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(partyId, "partyId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record that a party left the partnership. */
	public record RemoveParty(@TargetAggregateIdentifier String partnershipId, String partyId, Identity identity,
			RemovePartyRequest request, Instant occurredAt) implements PartnershipCommand {

		public RemoveParty {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(partyId, "partyId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record an assessment of the service against the framework. */
	public record AssessServiceCharacteristics(@TargetAggregateIdentifier String partnershipId, String assessmentId,
			Identity identity, AssessServiceCharacteristicsRequest request,
			Instant occurredAt) implements PartnershipCommand {

		public AssessServiceCharacteristics {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(assessmentId, "assessmentId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Choose the partnership model, based on the latest assessment. */
	public record ChoosePartnershipModel(@TargetAggregateIdentifier String partnershipId, String decisionId,
			Identity identity, ChoosePartnershipModelRequest request,
			Instant occurredAt) implements PartnershipCommand {

		public ChoosePartnershipModel {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(decisionId, "decisionId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

}
