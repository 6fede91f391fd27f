package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ImplementAdaptationRequest;
import org.partnershipledger.events.identity.Identity;

/** Record that an agreed adaptation was put into effect. */
public record ImplementAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId,
		Identity identity, ImplementAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

	public ImplementAdaptation {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(adaptationId, "adaptationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
