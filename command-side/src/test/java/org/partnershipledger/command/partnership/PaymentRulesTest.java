package org.partnershipledger.command.partnership;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.command.partnership.MoneyCommands.AdjustPayment;
import org.partnershipledger.command.partnership.MoneyCommands.SchedulePayment;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PaymentAdjusted;
import org.partnershipledger.events.PaymentMade;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;

import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.command.partnership.ExitTestData.PAYMENT;
import static org.partnershipledger.command.partnership.ExitTestData.REPORT;
import static org.partnershipledger.command.partnership.ExitTestData.extendableContract;
import static org.partnershipledger.command.partnership.ExitTestData.gbp;
import static org.partnershipledger.command.partnership.ExitTestData.reporting;
import static org.partnershipledger.command.partnership.ExitTestData.verified;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalReady;
import static org.partnershipledger.command.partnership.RelationalTestData.partnerJoined;

/**
 * An OUTCOME payment is scheduled only on verified reports (DOMAIN.md §4, 19); a payment
 * is made to a supplier of the contract; an adjustment moves no more money than there is
 * to move: withheld from what is still to be paid, released from what was withheld,
 * clawed back from what was paid.
 */
class PaymentRulesTest {

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static SchedulePayment schedule(PaymentKind kind, List<String> reportIds, String payee) {
		return new SchedulePayment(PARTNERSHIP, PAYMENT, COMMISSIONER, new SchedulePaymentRequest(kind, gbp("63000"),
				LocalDate.parse("2025-11-30"), reportIds, "Q3", payee, null, null), day(9));
	}

	private static PaymentScheduled regularScheduled() {
		return new PaymentScheduled(PARTNERSHIP, PAYMENT, PaymentKind.REGULAR, gbp("10000"),
				LocalDate.parse("2025-11-30"), List.of(), "Monthly", CHARITY_PARTY, day(9));
	}

	private static PaymentMade made() {
		return new PaymentMade(PARTNERSHIP, PAYMENT, gbp("10000"), LocalDate.parse("2025-11-28"), "BACS 7", day(10));
	}

	private static PaymentAdjusted adjusted(PaymentAdjustmentKind kind, String amount) {
		return new PaymentAdjusted(PARTNERSHIP, PAYMENT, "adj-0", kind, gbp(amount), "Earlier", day(11));
	}

	private static AdjustPayment adjust(PaymentAdjustmentKind kind, String amount) {
		return new AdjustPayment(PARTNERSHIP, PAYMENT, "adj-1", COMMISSIONER,
				new AdjustPaymentRequest(kind, gbp(amount), "Because", null, null), day(12));
	}

	@Test
	void anOutcomePaymentIsNotScheduledOnAnUnverifiedReport() {
		this.fixture.given(reporting())
			.when(schedule(PaymentKind.OUTCOME, List.of(REPORT), null))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "linkedReportIds"))
			.expectExceptionMessage(containsString(REPORT + " (REPORTED)"))
			.expectNoEvents();
	}

	@Test
	void aPaymentToAPartyThatIsNotASupplierIsRefused() {
		this.fixture.given(reporting(partnerJoined()))
			.when(schedule(PaymentKind.REGULAR, List.of(), PARTNER_PARTY))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "payeePartyId"))
			.expectNoEvents();
	}

	@Test
	void withTwoSuppliersARegularPaymentNamesItsPayee() {
		ContractConcluded twoSuppliers = new ContractConcluded(PARTNERSHIP, "c-2", LocalDate.parse("2025-04-10"),
				extendableContract().period(), gbp("5000000"), List.of(CHARITY_PARTY, PARTNER_PARTY), List.of(),
				day(2));
		List<PartnershipEvent> history = concat(formalRelationalReady(), List.of(partnerJoined(), twoSuppliers));
		this.fixture.given(history)
			.when(schedule(PaymentKind.REGULAR, List.of(), null))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "payeePartyId"))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(history)
			.when(schedule(PaymentKind.REGULAR, List.of(), PARTNER_PARTY))
			.expectEvents(new PaymentScheduled(PARTNERSHIP, PAYMENT, PaymentKind.REGULAR, gbp("63000"),
					LocalDate.parse("2025-11-30"), List.of(), "Q3", PARTNER_PARTY, day(9)));
	}

	@Test
	void aReleaseIsNoLargerThanWhatWasWithheld() {
		this.fixture.given(reporting(regularScheduled(), adjusted(PaymentAdjustmentKind.WITHHELD, "1000")))
			.when(adjust(PaymentAdjustmentKind.RELEASED, "5000"))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "amount"))
			.expectExceptionMessage(containsString("No more than 1000 GBP can be released"))
			.expectNoEvents();
	}

	@Test
	void whatWasWithheldIsReleased() {
		this.fixture.given(reporting(regularScheduled(), adjusted(PaymentAdjustmentKind.WITHHELD, "1000")))
			.when(adjust(PaymentAdjustmentKind.RELEASED, "1000"))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void nothingIsClawedBackBeforeThePaymentIsMade() {
		this.fixture.given(reporting(regularScheduled()))
			.when(adjust(PaymentAdjustmentKind.CLAWBACK, "100"))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "amount"))
			.expectExceptionMessage(containsString("nothing was paid to claw back"))
			.expectNoEvents();
	}

	@Test
	void aClawbackIsNoLargerThanWhatWasPaid() {
		this.fixture.given(reporting(regularScheduled(), made(), adjusted(PaymentAdjustmentKind.CLAWBACK, "4000")))
			.when(adjust(PaymentAdjustmentKind.CLAWBACK, "6001"))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "amount"))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class)
			.given(reporting(regularScheduled(), made(), adjusted(PaymentAdjustmentKind.CLAWBACK, "4000")))
			.when(adjust(PaymentAdjustmentKind.CLAWBACK, "6000"))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void nothingIsWithheldFromAPaymentAlreadyMade() {
		this.fixture.given(reporting(regularScheduled(), made()))
			.when(adjust(PaymentAdjustmentKind.WITHHELD, "100"))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "amount"))
			.expectNoEvents();
	}

	@Test
	void anAdjustmentIsInThePaymentsCurrency() {
		this.fixture.given(reporting(regularScheduled()))
			.when(new AdjustPayment(PARTNERSHIP, PAYMENT, "adj-1", COMMISSIONER,
					new AdjustPaymentRequest(PaymentAdjustmentKind.SERVICE_CREDIT,
							new org.partnershipledger.events.model.Money(java.math.BigDecimal.TEN, "EUR"), "Because",
							null, null),
					day(12)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "amount"))
			.expectNoEvents();
	}

}
