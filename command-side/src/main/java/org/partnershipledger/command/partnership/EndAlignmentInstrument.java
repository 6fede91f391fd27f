package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.events.identity.Identity;

/** End an alignment partnership's instrument; the partnership starts its exit. */
public record EndAlignmentInstrument(@TargetAggregateIdentifier String partnershipId, Identity identity,
		EndAlignmentInstrumentRequest request, Instant occurredAt) implements PartnershipCommand {

	public EndAlignmentInstrument {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
