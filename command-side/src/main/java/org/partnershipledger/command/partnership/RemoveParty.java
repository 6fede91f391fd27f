package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.RemovePartyRequest;
import org.partnershipledger.events.identity.Identity;

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
