package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.api.VaryContractRequest;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.ContractTerminated;
import org.partnershipledger.events.DisputeRaised;
import org.partnershipledger.events.OutcomeReportVerified;
import org.partnershipledger.events.OutcomeReported;
import org.partnershipledger.events.PartnershipClosed;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.events.relational.RelationalClause;
import org.partnershipledger.events.relational.TerminationReason;

import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.RelationalTestData.CONTRACT;
import static org.partnershipledger.command.partnership.RelationalTestData.MEASURE;
import static org.partnershipledger.command.partnership.RelationalTestData.agreed;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalReady;
import static org.partnershipledger.command.partnership.RelationalTestData.measureDefined;
import static org.partnershipledger.command.partnership.RelationalTestData.proposed;

/**
 * Histories and requests for the later life of a partnership: contract changes, outcome
 * reports, payments, disputes, exit and closure.
 */
final class ExitTestData {

	static final String REPORT = "r-1";

	static final String PAYMENT = "pay-1";

	static final String DISPUTE = "dsp-1";

	static final LocalDate START = LocalDate.parse("2025-05-01");

	static final LocalDate END = LocalDate.parse("2030-04-30");

	static final LocalDate MAX_EXTENT = LocalDate.parse("2032-04-30");

	private ExitTestData() {
	}

	static Money gbp(String amount) {
		return new Money(new BigDecimal(amount), "GBP");
	}

	/** The contract of {@link RelationalTestData}, with room to extend to 2032. */
	static ContractConcluded extendableContract() {
		return new ContractConcluded(PARTNERSHIP, CONTRACT, LocalDate.parse("2025-04-10"),
				new ContractPeriod(START, END, MAX_EXTENT), gbp("5000000"), List.of(CHARITY_PARTY),
				List.of(RelationalClause.VISION, RelationalClause.GOVERNANCE), day(2));
	}

	/** A formal-relational partnership, ACTIVE under an extendable £5m contract. */
	static List<PartnershipEvent> active(PartnershipEvent... more) {
		return concat(formalRelationalReady(), List.of(extendableContract()), List.of(more));
	}

	/**
	 * An agreed formal variation of the contract's scope, expected to add 5% in value.
	 */
	static List<PartnershipEvent> formalVariationAgreed(String adaptationId) {
		return List.of(proposed(adaptationId, AdaptationCategory.SCOPE_CHANGE, AdaptationFormality.FORMAL_VARIATION,
				"5", COUNCIL_PARTY), agreed(adaptationId));
	}

	/**
	 * An agreed formal variation expected to lengthen the term by the given percentage.
	 */
	static List<PartnershipEvent> formalTermVariationAgreed(String adaptationId, String termPct) {
		AdaptationProposed value = proposed(adaptationId, AdaptationCategory.SCOPE_CHANGE,
				AdaptationFormality.FORMAL_VARIATION, "0", COUNCIL_PARTY);
		AdaptationProposed term = new AdaptationProposed(value.partnershipId(), adaptationId, value.proposedByPartyId(),
				value.category(), value.formality(), value.title(), value.description(), value.rationale(),
				value.triggerRefs(),
				new ExpectedImpact(BigDecimal.ZERO, new BigDecimal(termPct), "Longer term", List.of()),
				value.affectedPartyIds(), value.principlesInvoked(), value.proposedEffectiveDate(), value.urgent(),
				value.occurredAt());
		return List.of(term, agreed(adaptationId));
	}

	static VaryContractRequest varyRequest(String adaptationId, String valueAfter, LocalDate endAfter,
			boolean noticeRequired, LocalDate noticePublishedOn) {
		return new VaryContractRequest(adaptationId, AdaptationCategory.SCOPE_CHANGE,
				LegalGround.SCHEDULE_8_UNFORESEEABLE_CIRCUMSTANCES, gbp(valueAfter), endAfter,
				LocalDate.parse("2025-11-01"), noticeRequired, noticeRequired ? "UK10-2025-000123" : null,
				noticePublishedOn, false, null, null, null);
	}

	static OutcomeReported reported(String reportId) {
		return new OutcomeReported(PARTNERSHIP, reportId, CHARITY_PARTY, MEASURE, quarter(), new BigDecimal("42"),
				"People sustaining accommodation for 6 months, cohort 2025-Q3", day(7));
	}

	static OutcomeReportVerified verified(String reportId) {
		return new OutcomeReportVerified(PARTNERSHIP, reportId, "Checked", day(8));
	}

	static Period quarter() {
		return new Period(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-09-30"));
	}

	static PaymentScheduled outcomePaymentScheduled(String... reportIds) {
		return new PaymentScheduled(PARTNERSHIP, PAYMENT, PaymentKind.OUTCOME, gbp("63000"),
				LocalDate.parse("2025-11-30"), List.of(reportIds), "Q3 outcomes", null, day(9));
	}

	/** ACTIVE, with a measure and the charity's report on it. */
	static List<PartnershipEvent> reporting(PartnershipEvent... more) {
		return concat(active(measureDefined(), reported(REPORT)), List.of(more));
	}

	static DisputeRaised disputeRaised(DisputeStep step) {
		return new DisputeRaised(PARTNERSHIP, DISPUTE, CHARITY_PARTY, List.of(CHARITY_PARTY, COUNCIL_PARTY),
				"Late payments", "Two quarters paid late", List.of(PrincipleCode.RECIPROCITY), step, day(7));
	}

	static ContractTerminated terminated() {
		return new ContractTerminated(PARTNERSHIP, CONTRACT, TerminationReason.EARLY_BY_AGREEMENT,
				LocalDate.parse("2026-03-31"), "Service recommissioned", day(20));
	}

	static PartnershipClosed closed() {
		return new PartnershipClosed(PARTNERSHIP, LocalDate.parse("2026-06-30"), "Closed well",
				List.of("Share data early"), day(30));
	}

}
