package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.relational.TransparencyNoticeType;

/**
 * A published notice about the partnership, relating to an adaptation, a contract or a
 * variation where it names one.
 */
@SchemaRevision("1")
public record TransparencyNoticeRecorded(String partnershipId, String noticeId, TransparencyNoticeType noticeType,
		String reference, LocalDate publishedOn, String relatesTo, Instant occurredAt) implements PartnershipEvent {

}
