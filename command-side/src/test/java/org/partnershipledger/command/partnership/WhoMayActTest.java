package org.partnershipledger.command.partnership;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.command.partnership.SetUpCommands.AssessServiceCharacteristics;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;

import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;
import static org.partnershipledger.command.partnership.PartnershipTestData.ADMIN;
import static org.partnershipledger.command.partnership.PartnershipTestData.AUDITOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.INVESTOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.OTHER_COUNCIL;
import static org.partnershipledger.command.partnership.PartnershipTestData.OUTSIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.T0;
import static org.partnershipledger.command.partnership.PartnershipTestData.assessRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.charityJoined;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;

/**
 * Who may act on a partnership: people of organisations that are not parties learn
 * nothing (404); people who may see it but may not act get 403.
 */
class WhoMayActTest {

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
		this.fixture.registerInjectableResource(new StubRuleSet());
	}

	private AddParty addInvestorBy(Identity identity) {
		return new AddParty(
				PARTNERSHIP, "party-new", identity, new AddPartyRequest(INVESTOR.name(), INVESTOR.identifier(),
						List.of(PartyRole.INVESTOR), PartyBasis.CONTRACT, "Funds the bond", null, null, null, null),
				T0);
	}

	@Test
	void aCommissionerOfAnOrganisationThatIsNotAPartyIsToldThePartnershipDoesNotExist() {
		this.fixture.given(registered())
			.when(addInvestorBy(OUTSIDER))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void aProviderOfAnOrganisationThatIsNotAPartyIsToldThePartnershipDoesNotExist() {
		this.fixture.given(registered())
			.when(addInvestorBy(PROVIDER))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void anAuditorMaySeeEveryPartnershipButCannotChangeIt() {
		this.fixture.given(registered())
			.when(addInvestorBy(AUDITOR))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aProviderPartyCannotAddParties() {
		this.fixture.given(registered(), charityJoined())
			.when(addInvestorBy(PROVIDER))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aProviderPartyCannotAssessTheService() {
		this.fixture.given(registered(), charityJoined())
			.when(new AssessServiceCharacteristics(PARTNERSHIP, "a-1", PROVIDER, assessRequest(3, 3, 3, 3, 3, 3, 3),
					T0))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aCommissionerWhosePartyDoesNotHoldTheCommissionerRoleCannotAct() {
		PartyJoined statutoryPartner = new PartyJoined(PARTNERSHIP, "party-bradford", OTHER_COUNCIL,
				List.of(PartyRole.STATUTORY_PARTNER), PartyBasis.STATUTORY_DUTY, "Statutory partner", null, null, T0);
		this.fixture.given(registered(), statutoryPartner)
			.when(addInvestorBy(OUTSIDER))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anAdministratorActsOnNoPartnership() {
		this.fixture.given(registered())
			.when(addInvestorBy(ADMIN))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aCommissionerOfTheCommissioningPartyMayAct() {
		Identity colleague = new Identity("cole", "Cole Colleague", UserRole.COMMISSIONER, COMMISSIONER.organisation());
		this.fixture.given(registered())
			.when(addInvestorBy(colleague))
			.expectSuccessfulHandlerExecution()
			.expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(PartyJoined.class))));
	}

}
