package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.RejectAdaptationRequest;
import org.partnershipledger.events.identity.Identity;

/** Reject an adaptation. */
public record RejectAdaptation(@TargetAggregateIdentifier String partnershipId, String adaptationId, Identity identity,
		RejectAdaptationRequest request, Instant occurredAt) implements PartnershipCommand {

	public RejectAdaptation {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(adaptationId, "adaptationId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
