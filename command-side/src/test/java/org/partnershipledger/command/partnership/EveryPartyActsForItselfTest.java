package org.partnershipledger.command.partnership;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.command.partnership.AdaptationCommands.ProposeAdaptation;
import org.partnershipledger.command.partnership.DisputeCommands.RaiseDispute;
import org.partnershipledger.command.partnership.ReviewCommands.ConfirmReviewMinutes;
import org.partnershipledger.events.DisputeRaised;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.PrincipleCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.FUND;
import static org.partnershipledger.command.partnership.RelationalTestData.FUNDER;
import static org.partnershipledger.command.partnership.RelationalTestData.FUNDER_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.ICB;
import static org.partnershipledger.command.partnership.RelationalTestData.STATUTORY;
import static org.partnershipledger.command.partnership.RelationalTestData.STATUTORY_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.alignmentChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.instrumentAdopted;
import static org.partnershipledger.command.partnership.RelationalTestData.proposeRequest;
import static org.partnershipledger.command.partnership.ReviewTestData.REVIEW;
import static org.partnershipledger.command.partnership.ReviewTestData.held;
import static org.partnershipledger.command.partnership.ReviewTestData.scheduled;

/**
 * Every party acts for itself (DOMAIN.md §4, joint decisions): a funder, investor,
 * statutory partner or evaluator confirms minutes for its own party as a provider does,
 * and in an alignment partnership a statutory partner proposes adaptations and raises
 * disputes; none of them acts for another party.
 */
class EveryPartyActsForItselfTest {

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static PartyJoined joined(String partyId, Organisation organisation, PartyRole role) {
		return new PartyJoined(PARTNERSHIP, partyId, organisation, List.of(role), PartyBasis.MOU, "Joins the work",
				null, null, day(1));
	}

	private static List<PartnershipEvent> heldReviewWithAFunder() {
		return concat(formalRelationalActive(),
				List.of(joined(FUNDER_PARTY, FUND, PartyRole.FUNDER), scheduled(false), held(REVIEW, List.of(), null)));
	}

	private static List<PartnershipEvent> alignmentWithAStatutoryPartner() {
		return concat(alignmentChosen(),
				List.of(joined(STATUTORY_PARTY, ICB, PartyRole.STATUTORY_PARTNER), instrumentAdopted()));
	}

	@Test
	void aFundersPersonConfirmsTheMinutesForItsOwnParty() {
		this.fixture.given(heldReviewWithAFunder())
			.when(new ConfirmReviewMinutes(PARTNERSHIP, REVIEW, FUNDER,
					new ConfirmReviewMinutesRequest(FUNDER_PARTY, null, null, null), day(5)))
			.expectEvents(new ReviewMinutesConfirmed(PARTNERSHIP, REVIEW, FUNDER_PARTY, null, day(5)));
	}

	@Test
	void aFundersPersonCannotConfirmForAnotherParty() {
		this.fixture.given(heldReviewWithAFunder())
			.when(new ConfirmReviewMinutes(PARTNERSHIP, REVIEW, FUNDER,
					new ConfirmReviewMinutesRequest(CHARITY_PARTY, null, null, null), day(5)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aStatutoryPartnerProposesAnAdaptationInAnAlignmentPartnership() {
		this.fixture.given(alignmentWithAStatutoryPartner())
			.when(new ProposeAdaptation(PARTNERSHIP, "ad-icb", STATUTORY,
					proposeRequest(STATUTORY_PARTY, AdaptationCategory.SERVICE_DESIGN_CHANGE, "0"), day(6)))
			.expectSuccessfulHandlerExecution()
			.expectState((partnership) -> assertThat(partnership.adaptations().get("ad-icb").proposedByPartyId())
				.isEqualTo(STATUTORY_PARTY));
	}

	@Test
	void aStatutoryPartnerRaisesADisputeInAnAlignmentPartnership() {
		this.fixture.given(alignmentWithAStatutoryPartner())
			.when(new RaiseDispute(PARTNERSHIP, "d-icb", STATUTORY,
					new RaiseDisputeRequest(STATUTORY_PARTY, List.of(COUNCIL_PARTY), "Data sharing",
							"The referral data has not been shared for two months", List.of(PrincipleCode.HONESTY),
							null, null),
					day(7)))
			.expectEvents(
					new DisputeRaised(PARTNERSHIP, "d-icb", STATUTORY_PARTY, List.of(STATUTORY_PARTY, COUNCIL_PARTY),
							"Data sharing", "The referral data has not been shared for two months",
							List.of(PrincipleCode.HONESTY), null, day(7)));
	}

	@Test
	void aStatutoryPartnerProposesNothingUnderAContract() {
		this.fixture
			.given(concat(formalRelationalActive(), List.of(joined(STATUTORY_PARTY, ICB, PartyRole.STATUTORY_PARTNER))))
			.when(new ProposeAdaptation(PARTNERSHIP, "ad-icb", STATUTORY,
					proposeRequest(STATUTORY_PARTY, AdaptationCategory.SERVICE_DESIGN_CHANGE, "0"), day(6)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aStatutoryPartnerProposesOnlyForItsOwnParty() {
		this.fixture.given(alignmentWithAStatutoryPartner())
			.when(new ProposeAdaptation(PARTNERSHIP, "ad-icb", STATUTORY,
					proposeRequest(CHARITY_PARTY, AdaptationCategory.SERVICE_DESIGN_CHANGE, "0"), day(6)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

}
