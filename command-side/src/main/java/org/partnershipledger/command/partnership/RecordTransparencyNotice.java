package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.events.identity.Identity;

/** Record a published notice; a {@code null} identity is the ledger itself. */
public record RecordTransparencyNotice(@TargetAggregateIdentifier String partnershipId, String noticeId,
		Identity identity, RecordTransparencyNoticeRequest request, Instant occurredAt) implements PartnershipCommand {

	public RecordTransparencyNotice {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(noticeId, "noticeId");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
