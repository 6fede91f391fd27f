package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.events.identity.Identity;

/** Revise an outcome measure. */
public record ReviseOutcomeMeasure(@TargetAggregateIdentifier String partnershipId, String measureId, Identity identity,
		ReviseOutcomeMeasureRequest request, Instant occurredAt) implements PartnershipCommand {

	public ReviseOutcomeMeasure {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(measureId, "measureId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
