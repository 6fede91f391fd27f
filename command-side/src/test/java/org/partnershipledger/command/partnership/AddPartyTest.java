package org.partnershipledger.command.partnership;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.T0;
import static org.partnershipledger.command.partnership.PartnershipTestData.addCharityRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.charityJoined;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;

class AddPartyTest {

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	@Test
	void aCommissionerAddsAPartyWithItsRolesBasisAndReason() {
		this.fixture.given(registered())
			.when(new AddParty(PARTNERSHIP, CHARITY_PARTY, COMMISSIONER, addCharityRequest(), T0))
			.expectEvents(charityJoined())
			.expectState((partnership) -> assertThat(partnership.parties().get(CHARITY_PARTY).roles())
				.containsExactly(PartyRole.LEAD_PROVIDER));
	}

	@Test
	void addingAPartyAnswersTheSequenceNumberOfItsEvent() {
		this.fixture.given(registered())
			.when(new AddParty(PARTNERSHIP, CHARITY_PARTY, COMMISSIONER, addCharityRequest(), T0))
			.expectResultMessagePayload(1L);
	}

	@Test
	void addingAPartyAfterTwoEventsAnswersVersionTwo() {
		AddPartyRequest investor = new AddPartyRequest("Social Outcomes Fund",
				new OrganisationIdentifier("GB-COH", "09876543"), List.of(PartyRole.INVESTOR), PartyBasis.CONTRACT,
				"Funds the bond", null, null, null, null);
		this.fixture.given(registered(), charityJoined())
			.when(new AddParty(PARTNERSHIP, "party-investor", COMMISSIONER, investor, T0))
			.expectResultMessagePayload(2L);
	}

	@Test
	void anOrganisationThatIsAlreadyAPartyCannotJoinAgain() {
		this.fixture.given(registered(), charityJoined())
			.when(new AddParty(PARTNERSHIP, "party-again", COMMISSIONER, addCharityRequest(), T0))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void theCommissioningPartyCannotBeAddedAgainEvenWithAnotherSpellingOfItsScheme() {
		AddPartyRequest council = new AddPartyRequest(COUNCIL.name(), new OrganisationIdentifier("gb-lac", "E08000035"),
				List.of(PartyRole.FUNDER), PartyBasis.CONTRACT, "Also funds it", null, null, null, null);
		this.fixture.given(registered())
			.when(new AddParty(PARTNERSHIP, "party-again", COMMISSIONER, council, T0))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aPartnershipHoldsAtMostSoManyPartiesAtOnce() {
		List<Object> full = partiesUpToTheLimit();
		this.fixture.given(full)
			.when(new AddParty(PARTNERSHIP, "party-one-too-many", COMMISSIONER, addCharityRequest(), T0))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aPartyMayJoinOnceAnotherHasLeftAFullPartnership() {
		List<Object> history = partiesUpToTheLimit();
		history.add(new PartyLeft(PARTNERSHIP, "party-extra-1", "Service moved to another provider", null, null,
				List.of(), T0));
		this.fixture.given(history)
			.when(new AddParty(PARTNERSHIP, CHARITY_PARTY, COMMISSIONER, addCharityRequest(), T0))
			.expectEvents(charityJoined());
	}

	/** Registered (the commissioning party is the first) and joined until the limit. */
	private static List<Object> partiesUpToTheLimit() {
		List<Object> events = new ArrayList<>(List.of(registered()));
		for (int i = 1; i < SetUpDecisions.MAX_PARTIES; i++) {
			events.add(new PartyJoined(PARTNERSHIP, "party-extra-" + i,
					new Organisation("Provider " + i, new OrganisationIdentifier("GB-COH", "1000" + i)),
					List.of(PartyRole.DELIVERY_PARTNER), PartyBasis.SUBCONTRACT, "Delivers in one district", null, null,
					T0));
		}
		return events;
	}

}
