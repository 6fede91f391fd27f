package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.command.partnership.AdaptationCommands.AgreeAdaptation;
import org.partnershipledger.command.partnership.ContractCommands.ExtendContract;
import org.partnershipledger.command.partnership.ContractCommands.VaryContract;
import org.partnershipledger.command.partnership.MoneyCommands.MakePayment;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.ContractExtended;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.PaymentKind;

import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.command.partnership.ExitTestData.END;
import static org.partnershipledger.command.partnership.ExitTestData.MAX_EXTENT;
import static org.partnershipledger.command.partnership.ExitTestData.PAYMENT;
import static org.partnershipledger.command.partnership.ExitTestData.active;
import static org.partnershipledger.command.partnership.ExitTestData.formalVariationAgreed;
import static org.partnershipledger.command.partnership.ExitTestData.gbp;
import static org.partnershipledger.command.partnership.ExitTestData.varyRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.INVESTOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.assessed;
import static org.partnershipledger.command.partnership.PartnershipTestData.recommendation;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.ADAPTATION;
import static org.partnershipledger.command.partnership.RelationalTestData.BOARD;
import static org.partnershipledger.command.partnership.RelationalTestData.CONTRACT;
import static org.partnershipledger.command.partnership.RelationalTestData.bothApprove;
import static org.partnershipledger.command.partnership.RelationalTestData.confirm;
import static org.partnershipledger.command.partnership.RelationalTestData.confirmed;
import static org.partnershipledger.command.partnership.RelationalTestData.councilApproves;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.governanceAgreed;
import static org.partnershipledger.command.partnership.RelationalTestData.proposed;

/**
 * A business date may be back-dated, but never before what the record depends on, and
 * never before the latest assessment without a stated reason (DOMAIN.md §4, business
 * dates): otherwise a back-dated record could slip under an older delegation or outside
 * every reassessment trigger.
 */
class BusinessDatesTest {

	private static final String REASON = "The board's minutes reached us only after the reassessment";

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static AgreeAdaptation agree(Instant at, String backdatingReason) {
		return new AgreeAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER,
				new AgreeAdaptationRequest(BOARD, councilApproves(), List.of(), backdatingReason, null, null), at);
	}

	/** A reassessment on day 10, after whatever came before it. */
	private static ServiceCharacteristicsAssessed reassessedOnDay10() {
		ServiceCharacteristicsAssessed first = assessed("a-2",
				recommendation(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, Confidence.HIGH), 4, 4, 4, 3, 5, 4, 5);
		return new ServiceCharacteristicsAssessed(PARTNERSHIP, "a-2", first.trigger(), true, true, first.scores(),
				List.of(), first.recommendation(), "a-1", List.of(), false, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
				false, day(10));
	}

	@Test
	void anAgreementDatedBeforeItsProposalIsRefusedEvenWhereAnOlderDelegationWouldAllowIt() {
		// governance 1 lets the board agree 10%; governance 2, from day 5, only 2%; the
		// 8%
		// change is proposed on day 6 and its agreement dated day 4, under governance 1
		List<PartnershipEvent> history = new ArrayList<>(active());
		history.add(governanceAgreed(2, "2", day(5)));
		history.add(new AdaptationProposed(PARTNERSHIP, ADAPTATION, COUNCIL_PARTY, AdaptationCategory.SCOPE_CHANGE,
				AdaptationFormality.GOVERNANCE_DECISION, "Wider scope", "More people", "Need", List.of(),
				new ExpectedImpact(new BigDecimal("8"), BigDecimal.ZERO, "More", List.of()),
				List.of(COUNCIL_PARTY, CHARITY_PARTY), List.of(), LocalDate.parse("2025-10-01"), false, day(6)));
		this.fixture.given(history)
			.when(agree(day(4), null))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "occurredAt", "decidedBy"))
			.expectExceptionMessage(containsString("its proposal"))
			.expectNoEvents();
	}

	@Test
	void anAgreementDatedBeforeTheLatestAssessmentNeedsAReason() {
		List<PartnershipEvent> history = new ArrayList<>(active());
		history.add(proposed(ADAPTATION, AdaptationCategory.SERVICE_DESIGN_CHANGE, AdaptationFormality.OPERATIONAL, "1",
				COUNCIL_PARTY));
		history.add(reassessedOnDay10());
		this.fixture.given(history)
			.when(agree(day(5), null))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "backdatingReason"))
			.expectNoEvents();
	}

	@Test
	void anAgreementDatedBeforeTheLatestAssessmentWithAReasonKeepsTheReason() {
		List<PartnershipEvent> history = new ArrayList<>(active());
		history.add(proposed(ADAPTATION, AdaptationCategory.SERVICE_DESIGN_CHANGE, AdaptationFormality.OPERATIONAL, "1",
				COUNCIL_PARTY));
		history.add(reassessedOnDay10());
		this.fixture.given(history)
			.andGivenCommands(agree(day(5), REASON))
			.when(confirm("jd-1", PROVIDER, day(5)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(5)),
					new AdaptationAgreed(PARTNERSHIP, ADAPTATION, BOARD, bothApprove(), List.of(), 1, REASON, day(5)));
	}

	/**
	 * An agreement proposed before a reassessment comes into force with its last
	 * confirmation: a confirmation back-dated before that reassessment would put the
	 * agreement before it, unexplained.
	 */
	@Test
	void aConfirmationDatedBeforeTheLatestAssessmentIsRefusedWhereTheDecisionGivesNoReason() {
		List<PartnershipEvent> history = new ArrayList<>(active());
		history.add(proposed(ADAPTATION, AdaptationCategory.SERVICE_DESIGN_CHANGE, AdaptationFormality.OPERATIONAL, "1",
				COUNCIL_PARTY));
		this.fixture.given(history)
			.andGivenCommands(agree(day(5), null))
			.andGiven(reassessedOnDay10())
			.when(confirm("jd-1", PROVIDER, day(6)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "occurredAt"))
			.expectExceptionMessage(containsString("assessment"))
			.expectNoEvents();
	}

	@Test
	void aVariationDatedBeforeItsAgreementIsRefused() {
		List<PartnershipEvent> history = new ArrayList<>(active());
		history.addAll(formalVariationAgreed(ADAPTATION));
		this.fixture.given(history)
			.when(new VaryContract(PARTNERSHIP, "v-1", COMMISSIONER,
					varyRequest(ADAPTATION, "5250000", END, false, null), day(3)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "occurredAt"))
			.expectExceptionMessage(containsString("before the agreement it rests on"))
			.expectNoEvents();
	}

	@Test
	void aPaymentIsNotMadeBeforeItIsScheduled() {
		PaymentScheduled milestone = new PaymentScheduled(PARTNERSHIP, PAYMENT, PaymentKind.MILESTONE, gbp("63000"),
				LocalDate.parse("2025-11-30"), List.of(), "Mobilisation", null, day(9));
		this.fixture.given(active(milestone))
			.when(new MakePayment(PARTNERSHIP, PAYMENT, COMMISSIONER,
					new MakePaymentRequest(gbp("63000"), LocalDate.parse("2025-04-05"), "BACS 42", null, null), day(8)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "occurredAt"))
			.expectNoEvents();
	}

	@Test
	void anExtensionDatedBeforeTheLatestAssessmentNeedsAReasonAndKeepsIt() {
		ExtendContract extension = new ExtendContract(PARTNERSHIP, COMMISSIONER,
				new ExtendContractRequest(MAX_EXTENT, "Option taken", null, null, null), day(5));
		this.fixture.given(active(reassessedOnDay10()))
			.when(extension)
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "backdatingReason"))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(active(reassessedOnDay10()))
			.when(new ExtendContract(PARTNERSHIP, COMMISSIONER,
					new ExtendContractRequest(MAX_EXTENT, "Option taken", REASON, null, null), day(5)))
			.expectEvents(new ContractExtended(PARTNERSHIP, CONTRACT, END, MAX_EXTENT, "Option taken", REASON, day(5)));
	}

	@Test
	void aPartyJoiningBeforeTheLatestAssessmentNeedsAReason() {
		this.fixture
			.given(List.of(PartnershipTestData.registered(), PartnershipTestData.charityJoined(), reassessedOnDay10()))
			.when(new AddParty(PARTNERSHIP, "party-investor", COMMISSIONER,
					new AddPartyRequest(INVESTOR.name(), INVESTOR.identifier(), List.of(PartyRole.INVESTOR),
							PartyBasis.CONTRACT, "Funds the bond", null, null, null, null),
					day(2)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "backdatingReason"))
			.expectNoEvents();
	}

}
