package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.AddPartyRequest;
import org.partnershipledger.events.identity.Identity;

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
