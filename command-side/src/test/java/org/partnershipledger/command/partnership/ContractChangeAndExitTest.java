package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.ClosePartnershipRequest;
import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.api.TerminateContractRequest;
import org.partnershipledger.command.partnership.AdaptationCommands.ImplementAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.ProposeAdaptation;
import org.partnershipledger.command.partnership.ContractCommands.ClosePartnership;
import org.partnershipledger.command.partnership.ContractCommands.EndAlignmentInstrument;
import org.partnershipledger.command.partnership.ContractCommands.ExtendContract;
import org.partnershipledger.command.partnership.ContractCommands.TerminateContract;
import org.partnershipledger.command.partnership.ContractCommands.VaryContract;
import org.partnershipledger.events.AdaptationImplemented;
import org.partnershipledger.events.AlignmentInstrumentEnded;
import org.partnershipledger.events.ContractExtended;
import org.partnershipledger.events.ContractTerminated;
import org.partnershipledger.events.ContractVaried;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.TerminationReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.command.partnership.ExitTestData.END;
import static org.partnershipledger.command.partnership.ExitTestData.MAX_EXTENT;
import static org.partnershipledger.command.partnership.ExitTestData.active;
import static org.partnershipledger.command.partnership.ExitTestData.closed;
import static org.partnershipledger.command.partnership.ExitTestData.formalTermVariationAgreed;
import static org.partnershipledger.command.partnership.ExitTestData.formalVariationAgreed;
import static org.partnershipledger.command.partnership.ExitTestData.gbp;
import static org.partnershipledger.command.partnership.ExitTestData.terminated;
import static org.partnershipledger.command.partnership.ExitTestData.varyRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.ADAPTATION;
import static org.partnershipledger.command.partnership.RelationalTestData.CONTRACT;
import static org.partnershipledger.command.partnership.RelationalTestData.alignmentChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.instrumentAdopted;
import static org.partnershipledger.command.partnership.RelationalTestData.proposed;
import static org.partnershipledger.command.partnership.RelationalTestData.serviceChangeProposed;

/**
 * A contract changes only under an agreed adaptation, within what it allows, with the
 * change measured against the original deal; the partnership exits by termination or the
 * end of its instrument, and closes from EXITING.
 */
class ContractChangeAndExitTest {

	private static final LocalDate EFFECTIVE = LocalDate.parse("2025-11-01");

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static List<PartnershipEvent> variationAgreed(PartnershipEvent... more) {
		List<PartnershipEvent> history = new ArrayList<>(active());
		history.addAll(formalVariationAgreed(ADAPTATION));
		history.addAll(List.of(more));
		return history;
	}

	private static VaryContract vary(String adaptationId, String valueAfter, LocalDate endAfter) {
		return new VaryContract(PARTNERSHIP, "v-1", COMMISSIONER,
				varyRequest(adaptationId, valueAfter, endAfter, true, LocalDate.parse("2025-10-20")), day(6));
	}

	private static ContractVaried varied(String variationId, String adaptationId, String before, String after,
			String pct, String cumulativePct) {
		return new ContractVaried(PARTNERSHIP, variationId, CONTRACT, adaptationId, AdaptationCategory.SCOPE_CHANGE,
				LegalGround.SCHEDULE_8_UNFORESEEABLE_CIRCUMSTANCES, gbp(before), gbp(after), END, END,
				new BigDecimal(pct), new BigDecimal("0.00"), new BigDecimal(cumulativePct), new BigDecimal("0.00"),
				EFFECTIVE, true, "UK10-2025-000123", LocalDate.parse("2025-10-20"), false, null, day(6));
	}

	@Test
	void theCommissionerRecordsAVariationWithTheChangeComputedFromTheContract() {
		this.fixture.given(variationAgreed())
			.when(vary(ADAPTATION, "5250000", END))
			.expectEvents(varied("v-1", ADAPTATION, "5000000", "5250000", "5.00", "5.00"));
	}

	@Test
	void aSecondVariationIsMeasuredAgainstTheOriginalContractCumulatively() {
		List<PartnershipEvent> history = variationAgreed(
				varied("v-0", ADAPTATION, "5000000", "5250000", "5.00", "5.00"));
		history.addAll(formalVariationAgreed("ad-2"));
		this.fixture.given(history)
			.when(vary("ad-2", "5512500", END))
			.expectEvents(varied("v-1", "ad-2", "5250000", "5512500", "5.00", "10.25"));
	}

	@Test
	void aLongerTermIsMeasuredInDaysAgainstTheOriginalTerm() {
		LocalDate later = LocalDate.parse("2031-04-30");
		List<PartnershipEvent> history = new ArrayList<>(active());
		history.addAll(formalTermVariationAgreed(ADAPTATION, "20"));
		this.fixture.given(history)
			.when(vary(ADAPTATION, "5000000", later))
			.expectEvents(new ContractVaried(PARTNERSHIP, "v-1", CONTRACT, ADAPTATION, AdaptationCategory.SCOPE_CHANGE,
					LegalGround.SCHEDULE_8_UNFORESEEABLE_CIRCUMSTANCES, gbp("5000000"), gbp("5000000"), END, later,
					new BigDecimal("0.00"), new BigDecimal("19.99"), new BigDecimal("0.00"), new BigDecimal("19.99"),
					EFFECTIVE, true, "UK10-2025-000123", LocalDate.parse("2025-10-20"), false, null, day(6)))
			.expectState((partnership) -> assertThat(partnership.contract().endDate()).isEqualTo(later));
	}

	@Test
	void aVariationBeyondTheImpactItsAdaptationWasAgreedForIsRefused() {
		// agreed expecting +5% within the board's 10%, then varied by +40%
		this.fixture.given(variationAgreed())
			.when(vary(ADAPTATION, "7000000", END))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "valueAfter"))
			.expectExceptionMessage(containsString("needs its own agreement"))
			.expectNoEvents();
	}

	@Test
	void aVariationInTheOtherDirectionThanAgreedIsRefused() {
		this.fixture.given(variationAgreed())
			.when(vary(ADAPTATION, "4900000", END))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "valueAfter"))
			.expectNoEvents();
	}

	@Test
	void aVariationNeedsAnAgreedAdaptation() {
		List<PartnershipEvent> history = new ArrayList<>(active());
		history.add(proposed(ADAPTATION, AdaptationCategory.SCOPE_CHANGE, AdaptationFormality.FORMAL_VARIATION, "5",
				COUNCIL_PARTY));
		this.fixture.given(history)
			.when(vary(ADAPTATION, "5250000", END))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "sourceAdaptationId"))
			.expectExceptionMessage(containsString("The contract variation breaks a rule"))
			.expectNoEvents();
	}

	@Test
	void aVariationOfAnUnknownAdaptationIsRefusedNamingTheField() {
		this.fixture.given(active())
			.when(vary("ad-unknown", "5250000", END))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "sourceAdaptationId"))
			.expectNoEvents();
	}

	@Test
	void anOperationalAdaptationOfAnotherCategoryDoesNotVaryTheContract() {
		this.fixture.given(active(serviceChangeProposed("1"), RelationalTestData.agreed(ADAPTATION)))
			.when(vary(ADAPTATION, "5250000", END))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "sourceAdaptationId"))
			.expectNoEvents();
	}

	@Test
	void anOperationalAdaptationOfTheCategoryVariedMayVaryTheContract() {
		this.fixture
			.given(active(proposed(ADAPTATION, AdaptationCategory.SCOPE_CHANGE, AdaptationFormality.OPERATIONAL, "5",
					COUNCIL_PARTY), RelationalTestData.agreed(ADAPTATION)))
			.when(vary(ADAPTATION, "5250000", END))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void aRequiredNoticePublishedOnOrAfterTheEffectiveDateIsRefused() {
		this.fixture.given(variationAgreed())
			.when(new VaryContract(PARTNERSHIP, "v-1", COMMISSIONER,
					varyRequest(ADAPTATION, "5250000", END, true, EFFECTIVE), day(6)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "noticePublishedOn"))
			.expectExceptionMessage(containsString("published before the variation takes effect on 2025-11-01"))
			.expectNoEvents();
	}

	@Test
	void aVariationWithoutARequiredNoticeNeedsNoPublicationDate() {
		this.fixture.given(variationAgreed())
			.when(new VaryContract(PARTNERSHIP, "v-1", COMMISSIONER,
					varyRequest(ADAPTATION, "5250000", END, false, null), day(6)))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void theSameAdaptationVariesTheContractOnce() {
		this.fixture.given(variationAgreed(varied("v-0", ADAPTATION, "5000000", "5250000", "5.00", "5.00")))
			.when(vary(ADAPTATION, "5500000", END))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aProviderDoesNotVaryTheContract() {
		this.fixture.given(variationAgreed())
			.when(new VaryContract(PARTNERSHIP, "v-1", PROVIDER, varyRequest(ADAPTATION, "5250000", END, false, null),
					day(6)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aFormalVariationIsImplementedOnceItsContractVariationIsRecorded() {
		this.fixture.given(variationAgreed(varied("v-0", ADAPTATION, "5000000", "5250000", "5.00", "5.00")))
			.when(new ImplementAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					new ImplementAdaptationRequest(EFFECTIVE, "In force", null, null), day(7)))
			.expectEvents(new AdaptationImplemented(PARTNERSHIP, ADAPTATION, EFFECTIVE, "In force", day(7)));
	}

	@Test
	void anAlignmentPartnershipHasNoContractToChange() {
		List<PartnershipEvent> alignment = concat(alignmentChosen(), List.of(instrumentAdopted()));
		this.fixture.given(alignment)
			.when(vary(ADAPTATION, "5250000", END))
			.expectException(rejection(RejectionKind.UNPROCESSABLE))
			.expectExceptionMessage(containsString("No contract changes on an alignment partnership"))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(alignment)
			.when(extend(LocalDate.parse("2031-04-30")))
			.expectException(rejection(RejectionKind.UNPROCESSABLE))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(alignment)
			.when(terminate())
			.expectException(rejection(RejectionKind.UNPROCESSABLE))
			.expectNoEvents();
	}

	private static ExtendContract extend(LocalDate newEnd) {
		return new ExtendContract(PARTNERSHIP, COMMISSIONER,
				new ExtendContractRequest(newEnd, "Option taken", null, null, null), day(6));
	}

	private static TerminateContract terminate() {
		return new TerminateContract(PARTNERSHIP, COMMISSIONER,
				new TerminateContractRequest(TerminationReason.EARLY_BY_AGREEMENT, LocalDate.parse("2026-03-31"),
						"Service recommissioned", null, null),
				day(20));
	}

	@Test
	void theContractIsExtendedUpToItsMaximumExtent() {
		this.fixture.given(active())
			.when(extend(MAX_EXTENT))
			.expectEvents(new ContractExtended(PARTNERSHIP, CONTRACT, END, MAX_EXTENT, "Option taken", null, day(6)))
			.expectState((partnership) -> assertThat(partnership.contract().endDate()).isEqualTo(MAX_EXTENT));
	}

	@Test
	void anExtensionBeyondTheMaximumExtentIsRefused() {
		this.fixture.given(active())
			.when(extend(MAX_EXTENT.plusDays(1)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "newEndDate"))
			.expectExceptionMessage(containsString("2032-04-30 at most"))
			.expectNoEvents();
	}

	@Test
	void aContractWithoutAMaximumExtentCannotBeExtended() {
		this.fixture.given(RelationalTestData.formalRelationalActive())
			.when(extend(LocalDate.parse("2031-04-30")))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "newEndDate"))
			.expectNoEvents();
	}

	@Test
	void terminationStartsTheExit() {
		this.fixture.given(active())
			.when(terminate())
			.expectEvents(new ContractTerminated(PARTNERSHIP, CONTRACT, TerminationReason.EARLY_BY_AGREEMENT,
					LocalDate.parse("2026-03-31"), "Service recommissioned", day(20)))
			.expectState((partnership) -> assertThat(partnership.status()).isEqualTo(PartnershipStatus.EXITING));
	}

	@Test
	void anExitingPartnershipIsNoLongerVaried() {
		this.fixture.given(variationAgreed(terminated()))
			.when(vary(ADAPTATION, "5250000", END))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void anAlignmentInstrumentEndsAndTheAlignmentPartnershipExits() {
		this.fixture.given(concat(alignmentChosen(), List.of(instrumentAdopted())))
			.when(new EndAlignmentInstrument(PARTNERSHIP, COMMISSIONER,
					new EndAlignmentInstrumentRequest(LocalDate.parse("2026-04-30"), "Not renewed", null, null),
					day(20)))
			.expectEvents(new AlignmentInstrumentEnded(PARTNERSHIP, "i-1", LocalDate.parse("2026-04-30"), "Not renewed",
					day(20)))
			.expectState((partnership) -> assertThat(partnership.status()).isEqualTo(PartnershipStatus.EXITING));
	}

	@Test
	void onlyAnAlignmentPartnershipHasAnInstrumentToEnd() {
		this.fixture.given(active())
			.when(new EndAlignmentInstrument(PARTNERSHIP, COMMISSIONER,
					new EndAlignmentInstrumentRequest(LocalDate.parse("2026-04-30"), "Not renewed", null, null),
					day(20)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE))
			.expectNoEvents();
	}

	private static ClosePartnership close() {
		return new ClosePartnership(PARTNERSHIP, COMMISSIONER, new ClosePartnershipRequest(
				LocalDate.parse("2026-06-30"), "Closed well", List.of("Share data early"), null, null), day(30));
	}

	@Test
	void anExitingPartnershipCloses() {
		this.fixture.given(active(terminated()))
			.when(close())
			.expectEvents(closed())
			.expectState((partnership) -> assertThat(partnership.status()).isEqualTo(PartnershipStatus.CLOSED));
	}

	@Test
	void anActivePartnershipDoesNotCloseBeforeItsExit() {
		this.fixture.given(active())
			.when(close())
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectExceptionMessage(containsString("EXITING"))
			.expectNoEvents();
	}

	@Test
	void aClosedPartnershipRefusesEveryOtherCommand() {
		this.fixture.given(active(terminated(), closed()))
			.when(new ProposeAdaptation(PARTNERSHIP, "ad-9", COMMISSIONER,
					RelationalTestData.proposeRequest(null, AdaptationCategory.SCOPE_CHANGE, "1"), day(31)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectExceptionMessage(containsString("CLOSED"))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(active(terminated(), closed()))
			.when(close())
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aClosedPartnershipStillTellsAnOutsiderNothing() {
		this.fixture.given(active(terminated(), closed()))
			.when(new ProposeAdaptation(PARTNERSHIP, "ad-9", PartnershipTestData.OUTSIDER,
					RelationalTestData.proposeRequest(null, AdaptationCategory.SCOPE_CHANGE, "1"), day(31)))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

}
