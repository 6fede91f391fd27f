package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ClosePartnershipRequest;
import org.partnershipledger.events.identity.Identity;

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
