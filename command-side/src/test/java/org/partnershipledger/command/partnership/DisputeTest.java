package org.partnershipledger.command.partnership;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.DisputeCommands.EscalateDispute;
import org.partnershipledger.command.partnership.DisputeCommands.RaiseDispute;
import org.partnershipledger.command.partnership.DisputeCommands.ResolveDispute;
import org.partnershipledger.events.DisputeEscalated;
import org.partnershipledger.events.DisputeRaised;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.PrincipleCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.command.partnership.ExitTestData.DISPUTE;
import static org.partnershipledger.command.partnership.ExitTestData.active;
import static org.partnershipledger.command.partnership.ExitTestData.disputeRaised;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PROVIDER;
import static org.partnershipledger.command.partnership.RelationalTestData.confirm;
import static org.partnershipledger.command.partnership.RelationalTestData.confirmed;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.jointlyProposed;
import static org.partnershipledger.command.partnership.RelationalTestData.partnerJoined;

/**
 * A dispute is raised by a party with others, starts at the first step of the agreed
 * ladder, is escalated only to the ladder's next step by a party to it, and is resolved
 * only when every party to it agrees.
 */
class DisputeTest {

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static RaiseDispute raise(Identity who, String raisedBy, List<String> with) {
		return new RaiseDispute(PARTNERSHIP, DISPUTE, who, new RaiseDisputeRequest(raisedBy, with, "Late payments",
				"Two quarters paid late", List.of(PrincipleCode.RECIPROCITY), null, null), day(7));
	}

	private static EscalateDispute escalate(Identity who, DisputeStep to) {
		return new EscalateDispute(PARTNERSHIP, DISPUTE, who,
				new EscalateDisputeRequest(to, "No agreement in 20 days", null, null, null), day(8));
	}

	private static ResolveDispute resolve(List<String> agreedBy) {
		return new ResolveDispute(PARTNERSHIP, DISPUTE, COMMISSIONER,
				new ResolveDisputeRequest(agreedBy, "Paid with interest", null, null), day(9));
	}

	@Test
	void aProviderRaisesADisputeThatStartsAtTheFirstStepOfTheAgreedLadder() {
		this.fixture.given(active())
			.when(raise(PROVIDER, null, List.of(COUNCIL_PARTY)))
			.expectEvents(disputeRaised(DisputeStep.JOINT_WORKING_GROUP));
	}

	@Test
	void aDisputeIsRaisedOnlyForOnesOwnParty() {
		this.fixture.given(active())
			.when(raise(COMMISSIONER, CHARITY_PARTY, List.of(COUNCIL_PARTY)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aDisputeIsWithOtherPartiesOfThePartnership() {
		this.fixture.given(active())
			.when(raise(PROVIDER, null, List.of("party-nobody")))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "withPartyIds"))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(active())
			.when(raise(PROVIDER, null, List.of(CHARITY_PARTY)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "withPartyIds"))
			.expectNoEvents();
	}

	@Test
	void aPartyToTheDisputeEscalatesItToTheNextStep() {
		this.fixture.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP)))
			.when(escalate(COMMISSIONER, DisputeStep.SENIOR_LEADERS))
			.expectEvents(new DisputeEscalated(PARTNERSHIP, DISPUTE, DisputeStep.JOINT_WORKING_GROUP,
					DisputeStep.SENIOR_LEADERS, 1, "No agreement in 20 days", null, day(8)))
			.expectState((partnership) -> assertThat(partnership.disputes().get(DISPUTE).step())
				.isEqualTo(DisputeStep.SENIOR_LEADERS));
	}

	@Test
	void skippingAStepOfTheLadderIsRefusedNamingTheLadder() {
		this.fixture.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP)))
			.when(escalate(PROVIDER, DisputeStep.MEDIATION))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "toStep"))
			.expectExceptionMessage(
					containsString("JOINT_WORKING_GROUP → SENIOR_LEADERS → MEDIATION (governance version 1)"))
			.expectNoEvents();
	}

	@Test
	void aStepNotOnTheAgreedLadderIsRefused() {
		this.fixture
			.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP),
					new DisputeEscalated(PARTNERSHIP, DISPUTE, DisputeStep.JOINT_WORKING_GROUP,
							DisputeStep.SENIOR_LEADERS, 1, "r", null, day(7)),
					new DisputeEscalated(PARTNERSHIP, DISPUTE, DisputeStep.SENIOR_LEADERS, DisputeStep.MEDIATION, 1,
							"r", null, day(7))))
			.when(escalate(PROVIDER, DisputeStep.EXPERT_DETERMINATION))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "toStep"))
			.expectExceptionMessage(containsString("MEDIATION is its last step"))
			.expectNoEvents();
	}

	@Test
	void theLadderInForceAtTheEscalationDecides() {
		GovernanceArrangementsAgreed shorter = new GovernanceArrangementsAgreed(PARTNERSHIP, 2,
				List.of(RelationalTestData.board()), List.of(RelationalTestData.boardDelegation("10")),
				List.of(DisputeStep.JOINT_WORKING_GROUP, DisputeStep.MEDIATION), List.of(COUNCIL_PARTY, CHARITY_PARTY),
				day(7));
		this.fixture.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP), shorter))
			.when(escalate(PROVIDER, DisputeStep.MEDIATION))
			.expectEvents(new DisputeEscalated(PARTNERSHIP, DISPUTE, DisputeStep.JOINT_WORKING_GROUP,
					DisputeStep.MEDIATION, 2, "No agreement in 20 days", null, day(8)));
	}

	@Test
	void aPartyNotInTheDisputeDoesNotEscalateIt() {
		this.fixture.given(active(partnerJoined(), disputeRaised(DisputeStep.JOINT_WORKING_GROUP)))
			.when(escalate(PARTNER_PROVIDER, DisputeStep.SENIOR_LEADERS))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void theCommissionerRecordsAResolutionAgreedByEveryPartyToTheDispute() {
		this.fixture.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP)))
			.andGivenCommands(resolve(List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.when(confirm("jd-1", PROVIDER, day(9)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(9)), new DisputeResolved(PARTNERSHIP, DISPUTE,
					List.of(CHARITY_PARTY, COUNCIL_PARTY), "Paid with interest", day(9)));
	}

	@Test
	void aResolutionProposedWaitsForTheOtherPartyToTheDispute() {
		this.fixture.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP)))
			.when(resolve(List.of()))
			.expectEvents(jointlyProposed("jd-1",
					new DisputeResolved(PARTNERSHIP, DISPUTE, List.of(CHARITY_PARTY, COUNCIL_PARTY),
							"Paid with interest", day(9)),
					List.of(CHARITY_PARTY, COUNCIL_PARTY)))
			.expectState((partnership) -> assertThat(partnership.disputes().get(DISPUTE).resolved()).isFalse());
	}

	@Test
	void aResolutionWithoutEveryPartyToTheDisputeIsRefusedNamingWhoIsMissing() {
		this.fixture.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP)))
			.when(resolve(List.of(COUNCIL_PARTY)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "agreedByPartyIds"))
			.expectExceptionMessage(containsString("Homes Together (" + CHARITY_PARTY + ")"))
			.expectNoEvents();
	}

	@Test
	void aResolvedDisputeIsNeitherEscalatedNorResolvedAgain() {
		DisputeResolved resolved = new DisputeResolved(PARTNERSHIP, DISPUTE, List.of(COUNCIL_PARTY, CHARITY_PARTY),
				"Done", day(9));
		this.fixture.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP), resolved))
			.when(escalate(PROVIDER, DisputeStep.SENIOR_LEADERS))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class)
			.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP), resolved))
			.when(resolve(List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aProviderDoesNotRecordAResolution() {
		this.fixture.given(active(disputeRaised(DisputeStep.JOINT_WORKING_GROUP)))
			.when(new ResolveDispute(PARTNERSHIP, DISPUTE, PROVIDER,
					new ResolveDisputeRequest(List.of(COUNCIL_PARTY, CHARITY_PARTY), "Done", null, null), day(9)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anUnknownDisputeIsNotFound() {
		this.fixture.given(active())
			.when(escalate(PROVIDER, DisputeStep.SENIOR_LEADERS))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void aDisputeMayIncludeSeveralParties() {
		this.fixture.given(active(partnerJoined()))
			.when(raise(COMMISSIONER, null, List.of(CHARITY_PARTY, PARTNER_PARTY)))
			.expectEvents(new DisputeRaised(PARTNERSHIP, DISPUTE, COUNCIL_PARTY,
					List.of(COUNCIL_PARTY, CHARITY_PARTY, PARTNER_PARTY), "Late payments", "Two quarters paid late",
					List.of(PrincipleCode.RECIPROCITY), DisputeStep.JOINT_WORKING_GROUP, day(7)));
	}

}
