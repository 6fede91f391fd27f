package org.partnershipledger.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.LegalGround;

/**
 * The contract was varied under an agreed adaptation: value and term before and after,
 * the change of this variation and the cumulative change against the original contract
 * (both computed by the aggregate), and the contract change notice where one is required;
 * {@code backdatingReason} says why it is dated before the latest assessment, where it is
 * ({@code null} otherwise).
 */
@SchemaRevision("1")
public record ContractVaried(String partnershipId, String variationId, String contractId, String sourceAdaptationId,
		AdaptationCategory category, LegalGround legalGround, Money valueBefore, Money valueAfter,
		LocalDate termEndBefore, LocalDate termEndAfter, BigDecimal valueChangePct, BigDecimal termChangePct,
		BigDecimal cumulativeValueChangePct, BigDecimal cumulativeTermChangePct, LocalDate effectiveDate,
		boolean contractChangeNoticeRequired, String noticeReference, LocalDate noticePublishedOn,
		boolean voluntaryPublication, String backdatingReason, Instant occurredAt) implements PartnershipEvent {

}
