package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ChoosePartnershipModelRequest;
import org.partnershipledger.events.identity.Identity;

/** Choose the partnership model, based on the latest assessment. */
public record ChoosePartnershipModel(@TargetAggregateIdentifier String partnershipId, String decisionId,
		Identity identity, ChoosePartnershipModelRequest request, Instant occurredAt) implements PartnershipCommand {

	public ChoosePartnershipModel {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(decisionId, "decisionId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
