package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.events.identity.Identity;

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
