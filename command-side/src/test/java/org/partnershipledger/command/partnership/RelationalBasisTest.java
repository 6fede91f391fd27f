package org.partnershipledger.command.partnership;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGovernanceArrangements;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGuidingPrinciples;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeSharedVision;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.relational.GuidingPrinciple;
import org.partnershipledger.events.relational.PrincipleCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.charityJoined;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.confirm;
import static org.partnershipledger.command.partnership.RelationalTestData.confirmed;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.governanceAgreed;
import static org.partnershipledger.command.partnership.RelationalTestData.governanceRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.jointlyProposed;
import static org.partnershipledger.command.partnership.RelationalTestData.visionAgreed;

/**
 * Vision, principles and governance are joint decisions the commissioner proposes and
 * every party but evaluators confirms for itself; a list of parties given must name
 * exactly those; each is versioned.
 */
class RelationalBasisTest {

	private static final String STATEMENT = "No one sleeps rough for a second night";

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static AgreeSharedVision vision(List<String> agreedBy) {
		return new AgreeSharedVision(PARTNERSHIP, COMMISSIONER,
				new AgreeSharedVisionRequest(STATEMENT, agreedBy, null, null), day(1));
	}

	@Test
	void theCommissionerProposesTheVisionToEveryParty() {
		this.fixture.given(formalRelationalChosen())
			.when(vision(List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.expectEvents(jointlyProposed("jd-1", visionAgreed(1), List.of(COUNCIL_PARTY, CHARITY_PARTY)));
	}

	@Test
	void theFirstVisionAgreedIsVersionOne() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision(List.of()))
			.when(confirm("jd-1", PROVIDER, day(1)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(1)), visionAgreed(1));
	}

	@Test
	void aVisionAgreedAgainWhileActiveIsTheNextVersion() {
		this.fixture.given(formalRelationalActive())
			.andGivenCommands(vision(List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.when(confirm("jd-1", PROVIDER, day(1)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(1)), visionAgreed(2));
	}

	@Test
	void noVisionBeforeTheModelIsChosen() {
		this.fixture.given(registered(), charityJoined())
			.when(vision(List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	/** A list given names exactly the parties the vision binds: the charity too. */
	@Test
	void theListOfPartiesGivenNamesEveryPartyItBinds() {
		this.fixture.given(formalRelationalChosen())
			.when(vision(List.of(COUNCIL_PARTY)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "agreedByPartyIds"))
			.expectNoEvents();
	}

	@Test
	void theCommissioningPartyMustBeAmongThoseWhoAgreed() {
		this.fixture.given(formalRelationalChosen())
			.when(vision(List.of(CHARITY_PARTY)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "agreedByPartyIds"))
			.expectNoEvents();
	}

	@Test
	void onlyPartiesCanAgree() {
		this.fixture.given(formalRelationalChosen())
			.when(vision(List.of(COUNCIL_PARTY, "party-nobody")))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "agreedByPartyIds"))
			.expectNoEvents();
	}

	@Test
	void guidingPrinciplesAreRecordedWithTheirBehaviours() {
		List<GuidingPrinciple> principles = List.of(new GuidingPrinciple(PrincipleCode.HONESTY,
				"We share bad news early", List.of("Risks are raised at the next meeting")));
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(
					new AgreeGuidingPrinciples(PARTNERSHIP, COMMISSIONER,
							new AgreeGuidingPrinciplesRequest(principles, List.of(COUNCIL_PARTY, CHARITY_PARTY), null,
									null),
							day(1)))
			.when(confirm("jd-1", PROVIDER, day(1)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(1)), new GuidingPrinciplesAgreed(PARTNERSHIP, 1,
					principles, List.of(COUNCIL_PARTY, CHARITY_PARTY), day(1)));
	}

	@Test
	void governanceIsVersionedAndEachVersionIsInForceFromItsDate() {
		this.fixture.given(concat(formalRelationalChosen(), List.of(governanceAgreed(1, "10", day(1)))))
			.andGivenCommands(new AgreeGovernanceArrangements(PARTNERSHIP, COMMISSIONER,
					governanceRequest(List.of(COUNCIL_PARTY, CHARITY_PARTY)), day(5)))
			.when(confirm("jd-1", PROVIDER, day(5)))
			.expectSuccessfulHandlerExecution()
			.expectState((partnership) -> {
				assertThat(partnership.governance().arrangementsVersion()).isEqualTo(2);
				assertThat(partnership.governance().inForceAt(day(3))).get()
					.extracting(GovernanceVersion::version)
					.isEqualTo(1);
				assertThat(partnership.governance().inForceAt(day(5))).get()
					.extracting(GovernanceVersion::version)
					.isEqualTo(2);
				assertThat(partnership.governance().inForceAt(day(0))).isEmpty();
			});
	}

	@Test
	void governanceBodyMembersMustBeParties() {
		this.fixture.given(formalRelationalChosen())
			.when(new AgreeGovernanceArrangements(PARTNERSHIP, COMMISSIONER,
					governanceRequest(List.of(COUNCIL_PARTY, "party-nobody")), day(1)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "bodies[0].memberPartyIds"))
			.expectNoEvents();
	}

	@Test
	void aVisionRecordsTheStatementAsAgreed() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision(List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.when(confirm("jd-1", PROVIDER, day(1)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(1)),
					new SharedVisionAgreed(PARTNERSHIP, 1, STATEMENT, List.of(COUNCIL_PARTY, CHARITY_PARTY), day(1)))
			.expectState((partnership) -> assertThat(partnership.governance().missing())
				.containsExactly("guiding principles", "governance arrangements"));
	}

}
