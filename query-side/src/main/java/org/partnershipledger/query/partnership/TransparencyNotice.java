package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.TransparencyNoticeType;

/**
 * A published notice about the partnership.
 *
 * @param relatesTo the adaptation, contract or variation it concerns, if it names one
 */
public record TransparencyNotice(String noticeId, TransparencyNoticeType noticeType, String reference,
		LocalDate publishedOn, String relatesTo, Instant recordedAt, Actor actor) {
}
