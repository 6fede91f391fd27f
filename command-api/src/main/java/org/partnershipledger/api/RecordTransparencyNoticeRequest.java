package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.TransparencyNoticeType;

/**
 * {@code POST /api/v1/partnerships/{id}/transparency-notices}: a published notice is
 * recorded, relating to an adaptation, the contract or a variation where it names one.
 */
public record RecordTransparencyNoticeRequest(TransparencyNoticeType noticeType, String reference,
		LocalDate publishedOn, String relatesTo, Instant occurredAt, Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.noticeType, "noticeType")
			.required(this.reference, "reference")
			.maxLength(this.reference, 200, "reference")
			.required(this.publishedOn, "publishedOn")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
