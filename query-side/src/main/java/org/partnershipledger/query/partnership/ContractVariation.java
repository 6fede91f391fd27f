package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.LegalGround;

/**
 * One variation of the contract under an agreed adaptation: the value and term before and
 * after, this variation's change and the cumulative change against the original contract
 * (as the command side computed them), and its contract change notice.
 */
public record ContractVariation(String variationId, String contractId, String sourceAdaptationId,
		AdaptationCategory category, LegalGround legalGround, Money valueBefore, Money valueAfter,
		LocalDate termEndBefore, LocalDate termEndAfter, BigDecimal valueChangePct, BigDecimal termChangePct,
		BigDecimal cumulativeValueChangePct, BigDecimal cumulativeTermChangePct, LocalDate effectiveDate,
		boolean contractChangeNoticeRequired, String noticeReference, LocalDate noticePublishedOn,
		boolean voluntaryPublication, Instant variedAt, Actor actor) {
}
