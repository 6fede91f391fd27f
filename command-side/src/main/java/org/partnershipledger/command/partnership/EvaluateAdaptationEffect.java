package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.EvaluateAdaptationEffectRequest;
import org.partnershipledger.events.identity.Identity;

/** Record how well an implemented adaptation worked. */
public record EvaluateAdaptationEffect(@TargetAggregateIdentifier String partnershipId, String adaptationId,
		Identity identity, EvaluateAdaptationEffectRequest request, Instant occurredAt) implements PartnershipCommand {

	public EvaluateAdaptationEffect {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(adaptationId, "adaptationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
