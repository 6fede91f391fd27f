package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.LegalGround;

/**
 * {@code POST /api/v1/partnerships/{id}/contract-variations}: the commissioner records a
 * contract variation under an agreed adaptation. The value and term before, and every
 * percentage, are computed from the contract, not entered. A business date before the
 * latest assessment needs a {@code backdatingReason}.
 */
public record VaryContractRequest(String sourceAdaptationId, AdaptationCategory category, LegalGround legalGround,
		Money valueAfter, LocalDate termEndAfter, LocalDate effectiveDate, Boolean contractChangeNoticeRequired,
		String noticeReference, LocalDate noticePublishedOn, Boolean voluntaryPublication, String backdatingReason,
		Instant occurredAt, Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.sourceAdaptationId, "sourceAdaptationId")
			.required(this.category, "category")
			.required(this.legalGround, "legalGround")
			.required(this.valueAfter, "valueAfter")
			.required(this.termEndAfter, "termEndAfter")
			.required(this.effectiveDate, "effectiveDate")
			.required(this.contractChangeNoticeRequired, "contractChangeNoticeRequired")
			.check(!noticeRequired() || hasText(this.noticeReference), "noticeReference",
					"Enter the reference of the contract change notice, which is required")
			.check(!noticeRequired() || this.noticePublishedOn != null, "noticePublishedOn",
					"Enter the date the contract change notice was published")
			.maxLength(this.noticeReference, 200, "noticeReference")
			.maxLength(this.backdatingReason, 2000, "backdatingReason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

	/** Whether a contract change notice is required; not stated counts as not. */
	public boolean noticeRequired() {
		return Boolean.TRUE.equals(this.contractChangeNoticeRequired);
	}

	/** Whether the notice is published although not required. */
	public boolean isVoluntaryPublication() {
		return Boolean.TRUE.equals(this.voluntaryPublication);
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
