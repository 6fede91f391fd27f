package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.AgreeSharedVisionRequest;
import org.partnershipledger.events.identity.Identity;

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
