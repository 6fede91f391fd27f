package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.events.identity.Identity;

/**
 * Record the alignment instrument the parties adopted; the partnership becomes ACTIVE.
 */
public record AdoptAlignmentInstrument(@TargetAggregateIdentifier String partnershipId, String instrumentId,
		Identity identity, AdoptAlignmentInstrumentRequest request, Instant occurredAt) implements PartnershipCommand {

	public AdoptAlignmentInstrument {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(instrumentId, "instrumentId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
