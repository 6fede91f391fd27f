package org.partnershipledger.command.partnership;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.command.partnership.SetUpCommands.RemoveParty;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;

import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.INVESTOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.ADAPTATION;
import static org.partnershipledger.command.partnership.RelationalTestData.agreed;
import static org.partnershipledger.command.partnership.RelationalTestData.alignmentChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalReady;
import static org.partnershipledger.command.partnership.RelationalTestData.instrumentAdopted;
import static org.partnershipledger.command.partnership.RelationalTestData.proposed;

/**
 * Before a partnership is ACTIVE under a contract parties come and go freely; after, only
 * under an agreed PARTY_CHANGE adaptation.
 */
class PartyChangeTest {

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static AddParty addInvestor(String adaptationId) {
		return new AddParty(PARTNERSHIP, "party-investor", COMMISSIONER,
				new AddPartyRequest(INVESTOR.name(), INVESTOR.identifier(), List.of(PartyRole.INVESTOR),
						PartyBasis.CONTRACT, "Funds the expansion", adaptationId, null, null, null),
				day(6));
	}

	private static RemoveParty charityLeaves(String adaptationId) {
		return new RemoveParty(PARTNERSHIP, CHARITY_PARTY, COMMISSIONER,
				new RemovePartyRequest("Service closed", adaptationId, null, null, null), day(6));
	}

	private static List<PartnershipEvent> activeWithAgreedPartyChange() {
		return concat(formalRelationalActive(), List.of(proposed(ADAPTATION, AdaptationCategory.PARTY_CHANGE,
				AdaptationFormality.GOVERNANCE_DECISION, "0", COUNCIL_PARTY), agreed(ADAPTATION)));
	}

	@Test
	void afterTheContractAPartyJoiningWithoutAnAgreedPartyChangeIsRefused() {
		this.fixture.given(formalRelationalActive())
			.when(addInvestor(null))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "partyChangeAdaptationId"))
			.expectNoEvents();
	}

	@Test
	void afterTheContractAPartyJoinsUnderAnAgreedPartyChange() {
		this.fixture.given(activeWithAgreedPartyChange())
			.when(addInvestor(ADAPTATION))
			.expectEvents(new PartyJoined(PARTNERSHIP, "party-investor", INVESTOR, List.of(PartyRole.INVESTOR),
					PartyBasis.CONTRACT, "Funds the expansion", ADAPTATION, null, day(6)));
	}

	@Test
	void afterTheContractAPartyLeavingWithoutAnAgreedPartyChangeIsRefused() {
		this.fixture.given(formalRelationalActive())
			.when(charityLeaves(null))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "partyChangeAdaptationId"))
			.expectNoEvents();
	}

	@Test
	void aPartyChangeAdaptationMustBeAgreedNotMerelyProposed() {
		this.fixture
			.given(concat(formalRelationalActive(),
					List.of(proposed(ADAPTATION, AdaptationCategory.PARTY_CHANGE,
							AdaptationFormality.GOVERNANCE_DECISION, "0", COUNCIL_PARTY))))
			.when(charityLeaves(ADAPTATION))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "partyChangeAdaptationId"))
			.expectNoEvents();
	}

	@Test
	void afterTheContractAPartyLeavesUnderAnAgreedPartyChange() {
		this.fixture.given(activeWithAgreedPartyChange())
			.when(charityLeaves(ADAPTATION))
			.expectEvents(
					new PartyLeft(PARTNERSHIP, CHARITY_PARTY, "Service closed", ADAPTATION, null, List.of(), day(6)));
	}

	@Test
	void beforeTheContractAPartyLeavesFreely() {
		this.fixture.given(formalRelationalReady())
			.when(charityLeaves(null))
			.expectEvents(new PartyLeft(PARTNERSHIP, CHARITY_PARTY, "Service closed", null, null, List.of(), day(6)));
	}

	@Test
	void anActiveAlignmentPartnershipHasNoContractSoPartiesJoinFreely() {
		this.fixture.given(concat(alignmentChosen(), List.of(instrumentAdopted())))
			.when(addInvestor(null))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void theOnlyCommissioningPartyCannotLeave() {
		this.fixture.given(formalRelationalReady())
			.when(new RemoveParty(PARTNERSHIP, COUNCIL_PARTY, COMMISSIONER,
					new RemovePartyRequest("Leaving", null, null, null, null), day(6)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "partyId"))
			.expectNoEvents();
	}

	@Test
	void aPartyThatIsNotInThePartnershipCannotLeave() {
		this.fixture.given(formalRelationalReady())
			.when(new RemoveParty(PARTNERSHIP, "party-nobody", COMMISSIONER,
					new RemovePartyRequest("Leaving", null, null, null, null), day(6)))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

}
