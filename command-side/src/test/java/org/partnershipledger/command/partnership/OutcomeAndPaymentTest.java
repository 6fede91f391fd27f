package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.api.QueryOutcomeReportRequest;
import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.api.VerifyOutcomeReportRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.MoneyCommands.AdjustPayment;
import org.partnershipledger.command.partnership.MoneyCommands.CorrectOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.MakePayment;
import org.partnershipledger.command.partnership.MoneyCommands.QueryOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.ReportOutcome;
import org.partnershipledger.command.partnership.MoneyCommands.SchedulePayment;
import org.partnershipledger.command.partnership.MoneyCommands.VerifyOutcomeReport;
import org.partnershipledger.events.OutcomeReportCorrected;
import org.partnershipledger.events.OutcomeReportQueried;
import org.partnershipledger.events.OutcomeReportVerified;
import org.partnershipledger.events.OutcomeReported;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PaymentAdjusted;
import org.partnershipledger.events.PaymentMade;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.command.partnership.ExitTestData.PAYMENT;
import static org.partnershipledger.command.partnership.ExitTestData.REPORT;
import static org.partnershipledger.command.partnership.ExitTestData.active;
import static org.partnershipledger.command.partnership.ExitTestData.gbp;
import static org.partnershipledger.command.partnership.ExitTestData.outcomePaymentScheduled;
import static org.partnershipledger.command.partnership.ExitTestData.quarter;
import static org.partnershipledger.command.partnership.ExitTestData.reported;
import static org.partnershipledger.command.partnership.ExitTestData.reporting;
import static org.partnershipledger.command.partnership.ExitTestData.terminated;
import static org.partnershipledger.command.partnership.ExitTestData.verified;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.MEASURE;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PROVIDER;
import static org.partnershipledger.command.partnership.RelationalTestData.alignmentChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalReady;
import static org.partnershipledger.command.partnership.RelationalTestData.instrumentAdopted;
import static org.partnershipledger.command.partnership.RelationalTestData.measureDefined;
import static org.partnershipledger.command.partnership.RelationalTestData.partnerJoined;

/**
 * Outcomes are reported by a provider for its own party, verified or queried by the
 * commissioner and corrected only by a compensating report; an OUTCOME payment is made
 * only on verified reports; an alignment partnership has no payments.
 */
class OutcomeAndPaymentTest {

	private static final String COHORT = "People sustaining accommodation for 6 months, cohort 2025-Q3";

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static ReportOutcome report(Identity who, String providerPartyId, String measureId) {
		return new ReportOutcome(PARTNERSHIP, REPORT, who, new ReportOutcomeRequest(providerPartyId, measureId,
				quarter(), new BigDecimal("42"), COHORT, null, null), day(7));
	}

	@Test
	void aProviderReportsAnOutcomeForItsOwnParty() {
		this.fixture.given(active(measureDefined()))
			.when(report(PROVIDER, null, MEASURE))
			.expectEvents(reported(REPORT));
	}

	@Test
	void aProviderDoesNotReportForAnotherParty() {
		this.fixture.given(active(partnerJoined(), measureDefined()))
			.when(report(PROVIDER, RelationalTestData.PARTNER_PARTY, MEASURE))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aCommissionerDoesNotReportOutcomes() {
		this.fixture.given(active(measureDefined()))
			.when(report(COMMISSIONER, null, MEASURE))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aReportOnAnUnknownMeasureIsRefusedNamingTheField() {
		this.fixture.given(active(measureDefined()))
			.when(report(PROVIDER, null, "m-unknown"))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "measureId"))
			.expectNoEvents();
	}

	@Test
	void outcomesAreReportedOnlyOnceThePartnershipIsActive() {
		this.fixture.given(concat(formalRelationalReady(), List.of(measureDefined())))
			.when(report(PROVIDER, null, MEASURE))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void outcomesAreStillReportedDuringTheExit() {
		this.fixture.given(active(measureDefined(), terminated()))
			.when(report(PROVIDER, null, MEASURE))
			.expectEvents(reported(REPORT));
	}

	@Test
	void theCommissionerVerifiesAReport() {
		this.fixture.given(reporting())
			.when(new VerifyOutcomeReport(PARTNERSHIP, REPORT, COMMISSIONER,
					new VerifyOutcomeReportRequest("Checked", null, null), day(8)))
			.expectEvents(new OutcomeReportVerified(PARTNERSHIP, REPORT, "Checked", day(8)))
			.expectState((partnership) -> assertThat(partnership.outcomeReports().get(REPORT).status())
				.isEqualTo(OutcomeReportStatus.VERIFIED));
	}

	@Test
	void aProviderDoesNotVerifyItsOwnReport() {
		this.fixture.given(reporting())
			.when(new VerifyOutcomeReport(PARTNERSHIP, REPORT, PROVIDER,
					new VerifyOutcomeReportRequest("Checked", null, null), day(8)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void theCommissionerQueriesAReportAndMayVerifyItOnceAnswered() {
		this.fixture.given(reporting())
			.when(new QueryOutcomeReport(PARTNERSHIP, REPORT, COMMISSIONER,
					new QueryOutcomeReportRequest("Before 1 July?", null, null), day(8)))
			.expectEvents(new OutcomeReportQueried(PARTNERSHIP, REPORT, "Before 1 July?", day(8)));
		new AggregateTestFixture<>(Partnership.class)
			.given(reporting(new OutcomeReportQueried(PARTNERSHIP, REPORT, "Before 1 July?", day(8))))
			.when(new VerifyOutcomeReport(PARTNERSHIP, REPORT, COMMISSIONER,
					new VerifyOutcomeReportRequest("Answered", null, null), day(9)))
			.expectEvents(new OutcomeReportVerified(PARTNERSHIP, REPORT, "Answered", day(9)));
	}

	@Test
	void aVerifiedReportIsNotQueried() {
		this.fixture.given(reporting(verified(REPORT)))
			.when(new QueryOutcomeReport(PARTNERSHIP, REPORT, COMMISSIONER,
					new QueryOutcomeReportRequest("Really?", null, null), day(9)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void anUnknownReportIsNotFound() {
		this.fixture.given(reporting())
			.when(new VerifyOutcomeReport(PARTNERSHIP, "r-unknown", COMMISSIONER,
					new VerifyOutcomeReportRequest(null, null, null), day(8)))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	private static CorrectOutcomeReport correct(Identity who, String reportId) {
		return new CorrectOutcomeReport(PARTNERSHIP, reportId, "r-2", who,
				new CorrectOutcomeReportRequest(new BigDecimal("39"), "Three housed before the period", null, null),
				day(9));
	}

	@Test
	void aCorrectionIsANewReportThatSupersedesTheOriginalWithoutEditingIt() {
		this.fixture.given(reporting(verified(REPORT)))
			.when(correct(PROVIDER, REPORT))
			.expectEvents(new OutcomeReportCorrected(PARTNERSHIP, "r-2", REPORT, CHARITY_PARTY, MEASURE, quarter(),
					new BigDecimal("39"), "Three housed before the period", day(9)))
			.expectState((partnership) -> {
				assertThat(partnership.outcomeReports().get(REPORT).status()).isEqualTo(OutcomeReportStatus.SUPERSEDED);
				assertThat(partnership.outcomeReports().get("r-2").status()).isEqualTo(OutcomeReportStatus.REPORTED);
			});
	}

	@Test
	void onlyTheReportingProviderPartyCorrectsAReport() {
		this.fixture.given(reporting(partnerJoined()))
			.when(correct(PARTNER_PROVIDER, REPORT))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aSupersededReportIsNotCorrectedAgain() {
		OutcomeReportCorrected corrected = new OutcomeReportCorrected(PARTNERSHIP, "r-2", REPORT, CHARITY_PARTY,
				MEASURE, quarter(), new BigDecimal("39"), "Fix", day(9));
		this.fixture.given(reporting(corrected))
			.when(new CorrectOutcomeReport(PARTNERSHIP, REPORT, "r-3", PROVIDER,
					new CorrectOutcomeReportRequest(new BigDecimal("40"), "Again", null, null), day(10)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	private static SchedulePayment schedule(PaymentKind kind, List<String> reportIds) {
		return new SchedulePayment(PARTNERSHIP, PAYMENT, COMMISSIONER, new SchedulePaymentRequest(kind, gbp("63000"),
				LocalDate.parse("2025-11-30"), reportIds, "Q3 outcomes", null, null, null), day(9));
	}

	private static MakePayment make() {
		return new MakePayment(PARTNERSHIP, PAYMENT, COMMISSIONER,
				new MakePaymentRequest(gbp("63000"), LocalDate.parse("2025-11-28"), "BACS 42", null, null), day(10));
	}

	@Test
	void theCommissionerSchedulesAnOutcomePaymentOnVerifiedReportsToTheProviderThatReported() {
		this.fixture.given(reporting(verified(REPORT)))
			.when(schedule(PaymentKind.OUTCOME, List.of(REPORT)))
			.expectEvents(new PaymentScheduled(PARTNERSHIP, PAYMENT, PaymentKind.OUTCOME, gbp("63000"),
					LocalDate.parse("2025-11-30"), List.of(REPORT), "Q3 outcomes", CHARITY_PARTY, day(9)));
	}

	@Test
	void anOutcomePaymentLinksTheReportsItPaysFor() {
		this.fixture.given(reporting())
			.when(schedule(PaymentKind.OUTCOME, List.of()))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "linkedReportIds"))
			.expectNoEvents();
	}

	@Test
	void aPaymentLinksOnlyReportsOfThisPartnership() {
		this.fixture.given(reporting())
			.when(schedule(PaymentKind.OUTCOME, List.of("r-unknown")))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "linkedReportIds"))
			.expectExceptionMessage(containsString("r-unknown"))
			.expectNoEvents();
	}

	@Test
	void anOutcomePaymentIsMadeOnVerifiedReports() {
		this.fixture.given(reporting(verified(REPORT), outcomePaymentScheduled(REPORT)))
			.when(make())
			.expectEvents(new PaymentMade(PARTNERSHIP, PAYMENT, gbp("63000"), LocalDate.parse("2025-11-28"), "BACS 42",
					day(10)));
	}

	@Test
	void anOutcomePaymentOnAnUnverifiedReportIsRefusedNamingTheReport() {
		this.fixture.given(reporting(outcomePaymentScheduled(REPORT)))
			.when(make())
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "linkedReportIds"))
			.expectExceptionMessage(containsString(REPORT + " (REPORTED)"))
			.expectNoEvents();
	}

	@Test
	void anOutcomePaymentOnASupersededReportIsRefused() {
		OutcomeReportCorrected corrected = new OutcomeReportCorrected(PARTNERSHIP, "r-2", REPORT, CHARITY_PARTY,
				MEASURE, quarter(), new BigDecimal("39"), "Fix", day(9));
		this.fixture.given(reporting(verified(REPORT), outcomePaymentScheduled(REPORT), corrected))
			.when(make())
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "linkedReportIds"))
			.expectNoEvents();
	}

	@Test
	void aMilestonePaymentNeedsNoVerifiedReport() {
		PaymentScheduled milestone = new PaymentScheduled(PARTNERSHIP, PAYMENT, PaymentKind.MILESTONE, gbp("63000"),
				LocalDate.parse("2025-11-30"), List.of(), "Mobilisation", null, day(9));
		this.fixture.given(active(milestone)).when(make()).expectSuccessfulHandlerExecution();
	}

	@Test
	void aPaymentIsMadeOnce() {
		this.fixture
			.given(reporting(verified(REPORT), outcomePaymentScheduled(REPORT),
					new PaymentMade(PARTNERSHIP, PAYMENT, gbp("63000"), LocalDate.parse("2025-11-28"), "BACS 42",
							day(10))))
			.when(make())
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void theCommissionerAdjustsAPayment() {
		this.fixture.given(reporting(verified(REPORT), outcomePaymentScheduled(REPORT)))
			.when(new AdjustPayment(PARTNERSHIP, PAYMENT, "adj-1", COMMISSIONER,
					new AdjustPaymentRequest(PaymentAdjustmentKind.SERVICE_CREDIT, gbp("1500"), "Counted twice", null,
							null),
					day(11)))
			.expectEvents(new PaymentAdjusted(PARTNERSHIP, PAYMENT, "adj-1", PaymentAdjustmentKind.SERVICE_CREDIT,
					gbp("1500"), "Counted twice", day(11)));
	}

	@Test
	void anUnknownPaymentIsNotFound() {
		this.fixture.given(reporting())
			.when(make())
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void aProviderDoesNotScheduleOrMakePayments() {
		this.fixture.given(reporting())
			.when(new SchedulePayment(PARTNERSHIP, PAYMENT, PROVIDER,
					new SchedulePaymentRequest(PaymentKind.REGULAR, gbp("1000"), LocalDate.parse("2025-11-30"),
							List.of(), null, null, null, null),
					day(9)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void noPaymentEventOnAnAlignmentPartnership() {
		List<PartnershipEvent> alignment = concat(alignmentChosen(), List.of(instrumentAdopted()));
		List<Object> commands = List.of(schedule(PaymentKind.REGULAR, List.of()), make(),
				new AdjustPayment(PARTNERSHIP, PAYMENT, "adj-1", COMMISSIONER,
						new AdjustPaymentRequest(PaymentAdjustmentKind.WITHHELD, gbp("1"), "No", null, null), day(11)));
		for (Object command : commands) {
			new AggregateTestFixture<>(Partnership.class).given(alignment)
				.when(command)
				.expectException(rejection(RejectionKind.UNPROCESSABLE))
				.expectExceptionMessage("No payments on an alignment partnership")
				.expectNoEvents();
		}
	}

	@Test
	void outcomesMayBeReportedOnAnAlignmentPartnership() {
		this.fixture.given(concat(alignmentChosen(), List.of(instrumentAdopted(), measureDefined())))
			.when(report(PROVIDER, null, MEASURE))
			.expectEvents(new OutcomeReported(PARTNERSHIP, REPORT, CHARITY_PARTY, MEASURE, quarter(),
					new BigDecimal("42"), COHORT, day(7)));
	}

}
