package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.events.identity.Identity;

/** Define an outcome measure. */
public record DefineOutcomeMeasure(@TargetAggregateIdentifier String partnershipId, String measureId, Identity identity,
		DefineOutcomeMeasureRequest request, Instant occurredAt) implements PartnershipCommand {

	public DefineOutcomeMeasure {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(measureId, "measureId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
