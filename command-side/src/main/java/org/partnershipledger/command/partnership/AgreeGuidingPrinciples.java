package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.events.identity.Identity;

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
