package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.events.identity.Identity;

/** Record an assessment of the service against the framework. */
public record AssessServiceCharacteristics(@TargetAggregateIdentifier String partnershipId, String assessmentId,
		Identity identity, AssessServiceCharacteristicsRequest request,
		Instant occurredAt) implements PartnershipCommand {

	public AssessServiceCharacteristics {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(assessmentId, "assessmentId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
