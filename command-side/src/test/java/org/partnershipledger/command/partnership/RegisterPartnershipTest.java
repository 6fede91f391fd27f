package org.partnershipledger.command.partnership;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.command.partnership.SetUpCommands.RegisterPartnership;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.command.partnership.PartnershipTestData.ADMIN;
import static org.partnershipledger.command.partnership.PartnershipTestData.AUDITOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.T0;
import static org.partnershipledger.command.partnership.PartnershipTestData.registerRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;

class RegisterPartnershipTest {

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	@Test
	void aCommissionerRegistersAPartnershipWithTheirOrganisationAsCommissioningParty() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPartnership(PARTNERSHIP, COUNCIL_PARTY, COMMISSIONER, registerRequest(), T0))
			.expectEvents(registered())
			.expectState((partnership) -> {
				assertThat(partnership.status()).isEqualTo(PartnershipStatus.REGISTERED);
				assertThat(partnership.parties()).containsOnlyKeys(COUNCIL_PARTY);
				Party council = partnership.parties().get(COUNCIL_PARTY);
				assertThat(council.identifier()).isEqualTo(COUNCIL.identifier());
				assertThat(council.roles()).containsExactly(PartyRole.COMMISSIONER);
			});
	}

	@Test
	void theEventRecordsTheActorAndTheAuthorityAsMetaData() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPartnership(PARTNERSHIP, COUNCIL_PARTY, COMMISSIONER, registerRequest(), T0))
			.expectEventsMatching(new TypeSafeMatcher<List<? super EventMessage<?>>>() {

				@Override
				protected boolean matchesSafely(List<? super EventMessage<?>> events) {
					EventMessage<?> event = (EventMessage<?>) events.get(0);
					return events.size() == 1 && "cara".equals(event.getMetaData().get("actorUserId"))
							&& "Cara Commissioner".equals(event.getMetaData().get("actorDisplayName"))
							&& "COMMISSIONER".equals(event.getMetaData().get("actorRole"))
							&& COUNCIL_PARTY.equals(event.getMetaData().get("actorPartyId"))
							&& "OFFICER_DELEGATION".equals(event.getMetaData().get("authorityType"))
							&& "Scheme of delegation 4.1".equals(event.getMetaData().get("authorityReference"));
				}

				@Override
				public void describeTo(Description description) {
					description.appendText("one event with the commissioner and the delegation in its metadata");
				}

			});
	}

	@Test
	void aProviderCannotRegisterAPartnership() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPartnership(PARTNERSHIP, COUNCIL_PARTY, PROVIDER, registerRequest(), T0))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anAuditorCannotRegisterAPartnership() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPartnership(PARTNERSHIP, COUNCIL_PARTY, AUDITOR, registerRequest(), T0))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anAdministratorCannotRegisterAPartnership() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPartnership(PARTNERSHIP, COUNCIL_PARTY, ADMIN, registerRequest(), T0))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

}
