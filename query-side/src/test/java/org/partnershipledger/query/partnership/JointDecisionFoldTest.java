package org.partnershipledger.query.partnership;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.JointDecisionKind;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.timeline.EventSummaries;
import org.partnershipledger.query.partnership.JointDecision.JointConfirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Joint decisions on the overview: a proposal waits, with who confirmed it and who is
 * awaited, until the last party confirms (the decision is then in force) or one declines.
 */
class JointDecisionFoldTest {

	private static final OrganisationIdentifier COUNCIL = new OrganisationIdentifier("GB-LAC", "E08000003");

	private static final OrganisationIdentifier CHARITY = new OrganisationIdentifier("GB-CHC", "1234567");

	private static final OrganisationIdentifier FOUNDATION = new OrganisationIdentifier("GB-CHC", "1188888");

	private final TestEvents events = new TestEvents(COUNCIL);

	/** A council, a lead provider and a funder; a formal-relational model chosen. */
	private PartnershipOverview modelChosen() {
		return fold(PartnershipOverview.empty(), this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", CHARITY, PartyRole.LEAD_PROVIDER),
				this.events.joined("party-2", "Northshire Foundation", FOUNDATION, PartyRole.FUNDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED));
	}

	@Test
	void aProposedVisionWaitsForTheOtherPartiesAndIsNotInForce() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.visionProposed("jd-1", 1, "Nobody sleeps rough", "party-0", "party-1", "party-2"));

		assertThat(overview.vision()).isNull();
		assertThat(overview.pendingDecisions()).singleElement().satisfies((decision) -> {
			assertThat(decision.jointDecisionId()).isEqualTo("jd-1");
			assertThat(decision.kind()).isEqualTo(JointDecisionKind.SHARED_VISION);
			assertThat(decision.what()).isEqualTo("Version 1 of the shared vision");
			assertThat(decision.proposal().vision().statement()).isEqualTo("Nobody sleeps rough");
			assertThat(decision.proposedByName()).isEqualTo("Anytown Council");
			assertThat(decision.confirmations()).extracting(JointConfirmation::partyId).containsExactly("party-0");
			assertThat(decision.awaitingPartyIds()).containsExactly("party-1", "party-2");
		});
		assertThat(overview.decisionsAwaiting("party-1")).hasSize(1);
		assertThat(overview.decisionsAwaiting("party-0")).isEmpty();
	}

	@Test
	void eachConfirmationIsKeptWithItsCommentUntilTheLastOneBringsTheDecisionIntoForce() {
		PartnershipOverview halfway = fold(modelChosen(),
				this.events.visionProposed("jd-1", 1, "Nobody sleeps rough", "party-0", "party-1", "party-2"),
				this.events.jointConfirmed("jd-1", "party-1", "Agreed by our trustees"));

		assertThat(halfway.pendingDecisions()).singleElement().satisfies((decision) -> {
			assertThat(decision.confirmations())
				.extracting(JointConfirmation::partyId, JointConfirmation::partyName, JointConfirmation::comment)
				.containsExactly(tuple("party-0", "Anytown Council", null),
						tuple("party-1", "Shelter Trust", "Agreed by our trustees"));
			assertThat(decision.awaitingPartyIds()).containsExactly("party-2");
		});

		PartnershipOverview inForce = fold(halfway, this.events.jointConfirmed("jd-1", "party-2", null),
				this.events.vision(1, "Nobody sleeps rough", "party-0", "party-1", "party-2"));

		assertThat(inForce.pendingDecisions()).isEmpty();
		assertThat(inForce.vision().agreedByPartyIds()).containsExactly("party-0", "party-1", "party-2");
	}

	@Test
	void aDeclinedDecisionLapsesAndNothingItProposedTakesEffect() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.visionProposed("jd-1", 1, "Nobody sleeps rough", "party-0", "party-1", "party-2"),
				this.events.jointDeclined("jd-1", "party-2", "Families must be in the vision too"));

		assertThat(overview.pendingDecisions()).isEmpty();
		assertThat(overview.vision()).isNull();
	}

	@Test
	void aDecisionLapsesWithAPartyItBindsLeavingAndNoLongerWaitsForAnyone() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.visionProposed("jd-1", 1, "Nobody sleeps rough", "party-0", "party-1", "party-2"),
				this.events.leftLapsing("party-2", "The foundation closed its fund", "jd-1"));

		assertThat(overview.pendingDecisions()).isEmpty();
		assertThat(overview.decisionsAwaiting("party-1")).isEmpty();
		assertThat(overview.vision()).isNull();
	}

	@Test
	void theTimelineNamesTheDecisionsThatLapsedWithTheLeaving() {
		assertThat(EventSummaries.summarise(this.events.leftLapsing("party-2", "The fund closed", "jd-1", "jd-3")))
			.isEqualTo("party-2 left the partnership: The fund closed; joint decisions jd-1 and jd-3, which bound it, "
					+ "lapsed unconfirmed");
		assertThat(EventSummaries.summarise(this.events.leftLapsing("party-2", "The fund closed")))
			.isEqualTo("party-2 left the partnership: The fund closed");
	}

	@Test
	void aDecisionThatDidNotBindTheLeavingPartyStillWaits() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.visionProposed("jd-1", 1, "Nobody sleeps rough", "party-0", "party-1"),
				this.events.leftLapsing("party-2", "The foundation closed its fund"));

		assertThat(overview.pendingDecisions()).extracting(JointDecision::jointDecisionId).containsExactly("jd-1");
	}

	@Test
	void anAdaptationsAgreementIsNamedByTheAdaptationAndTheBody() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.vision(1, "Nobody sleeps rough", "party-0", "party-1", "party-2"),
				this.events.principles(1, "party-0", "party-1", "party-2"),
				this.events.governance(1, "board", "Partnership Board",
						List.of(AdaptationCategory.PRICE_OR_RATE_CHANGE), "party-0", "party-1", "party-2"),
				this.events.contract("contract-1", "party-1"),
				this.events.proposed("ad-1", "party-1", AdaptationCategory.PRICE_OR_RATE_CHANGE,
						AdaptationFormality.FORMAL_VARIATION, "Raise the day rate", "2"),
				this.events.agreementProposed("jd-1", "ad-1", "board", 1, "party-0", "party-1", "party-2"));

		assertThat(overview.pendingDecisions()).singleElement()
			.satisfies((decision) -> assertThat(decision.what())
				.isEqualTo("The agreement of adaptation \u201cRaise the day rate\u201d by Partnership Board"));
		assertThat(overview.adaptations()).singleElement()
			.satisfies((adaptation) -> assertThat(adaptation.agreement()).isNull());
	}

	@Test
	void pendingDecisionsReadBackFromTheStoredOverview() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.visionProposed("jd-1", 1, "Nobody sleeps rough", "party-0", "party-1", "party-2"),
				this.events.jointConfirmed("jd-1", "party-1", "Agreed"));

		OverviewState restored = OverviewState.of(overview);
		restored.apply(this.events.jointConfirmed("jd-1", "party-2", null));

		assertThat(restored.toOverview().pendingDecisions()).isEmpty();
		assertThat(OverviewState.of(overview).toOverview().pendingDecisions()).isEqualTo(overview.pendingDecisions());
	}

	private static PartnershipOverview fold(PartnershipOverview from, EventEnvelope... envelopes) {
		PartnershipOverview overview = from;
		for (EventEnvelope envelope : envelopes) {
			overview = overview.apply(envelope);
		}
		return overview;
	}

}
