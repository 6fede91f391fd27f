package org.partnershipledger.query.partnership;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.events.relational.RelationalClause;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.partnership.LinkedAdaptation.Link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/** The fold over the events of a partnership's relational life. */
class RelationalLifeFoldTest {

	private static final OrganisationIdentifier COUNCIL = new OrganisationIdentifier("GB-LAC", "E08000003");

	private static final OrganisationIdentifier CHARITY = new OrganisationIdentifier("GB-CHC", "1234567");

	private static final List<AdaptationCategory> BOARD_CATEGORIES = List.of(AdaptationCategory.SERVICE_DESIGN_CHANGE,
			AdaptationCategory.VOLUME_CHANGE, AdaptationCategory.OUTCOME_MEASURE_CHANGE);

	private final TestEvents events = new TestEvents(COUNCIL);

	/** Registered, a lead provider joined, assessed, a formal-relational model chosen. */
	private PartnershipOverview modelChosen() {
		return fold(PartnershipOverview.empty(), this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", CHARITY, PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED));
	}

	/** Vision, principles and governance agreed, then the contract concluded. */
	private PartnershipOverview active() {
		return fold(modelChosen(), this.events.vision(1, "Nobody sleeps rough", "party-0", "party-1"),
				this.events.principles(1, "party-0", "party-1"),
				this.events.governance(1, "board", "Partnership Board", BOARD_CATEGORIES, "party-0", "party-1"),
				this.events.contract("contract-1", "party-1"));
	}

	private static PartnershipOverview fold(PartnershipOverview from, EventEnvelope... envelopes) {
		PartnershipOverview overview = from;
		for (EventEnvelope envelope : envelopes) {
			overview = overview.apply(envelope);
		}
		return overview;
	}

	@Test
	void concludingTheContractMakesThePartnershipActiveWithTheContract() {
		PartnershipOverview overview = active();

		assertThat(overview.status()).isEqualTo(PartnershipStatus.ACTIVE);
		assertThat(overview.version()).isEqualTo(7);
		assertThat(overview.contract().contractId()).isEqualTo("contract-1");
		assertThat(overview.contract().supplierPartyIds()).containsExactly("party-1");
		assertThat(overview.contract().period().maxExtent()).isEqualTo(LocalDate.parse("2032-05-31"));
		assertThat(overview.contract().value().amount()).isEqualByComparingTo("4500000");
		assertThat(overview.contract().relationalClausesIncluded()).contains(RelationalClause.CHANGE_MECHANISM);
		assertThat(overview.contract().actor().userId()).isEqualTo("commissioner");
		assertThat(overview.alignmentInstrument()).isNull();
	}

	@Test
	void adoptingAnAlignmentInstrumentMakesThePartnershipActiveWithoutAContract() {
		PartnershipOverview overview = fold(PartnershipOverview.empty(), this.events.registered("Care alliance"),
				this.events.assessed(false, 5, 4, 4, 4, 5, 3, 5),
				this.events.chosen(PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT,
						PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT, PaymentMechanism.NONE),
				this.events.instrument("charter-1", "party-0"));

		assertThat(overview.status()).isEqualTo(PartnershipStatus.ACTIVE);
		assertThat(overview.contract()).isNull();
		assertThat(overview.alignmentInstrument().instrumentType()).isEqualTo(InstrumentType.PARTNERSHIP_CHARTER);
		assertThat(overview.alignmentInstrument().signatoryPartyIds()).containsExactly("party-0");
		assertThat(overview.alignmentInstrument().legallyBinding()).isFalse();
	}

	@Test
	void visionPrinciplesAndGovernanceShowTheCurrentVersionAndKeepTheEarlierOnes() {
		PartnershipOverview before = modelChosen();
		PartnershipOverview overview = fold(active(), this.events.vision(2, "Nobody sleeps rough twice", "party-0"),
				this.events.governance(2, "board", "Joint Board", BOARD_CATEGORIES, "party-0", "party-1"));

		assertThat(before.status()).isEqualTo(PartnershipStatus.MODEL_CHOSEN);
		assertThat(before.vision()).isNull();
		assertThat(overview.vision().version()).isEqualTo(2);
		assertThat(overview.vision().statement()).isEqualTo("Nobody sleeps rough twice");
		assertThat(overview.vision().agreedByPartyIds()).containsExactly("party-0");
		assertThat(overview.earlierVisions()).extracting(SharedVision::version).containsExactly(1);
		assertThat(overview.principles().version()).isEqualTo(1);
		assertThat(overview.principles().principles()).extracting((principle) -> principle.code())
			.containsExactly(PrincipleCode.HONESTY, PrincipleCode.RECIPROCITY);
		assertThat(overview.earlierPrinciples()).isEmpty();
		assertThat(overview.governance().version()).isEqualTo(2);
		assertThat(overview.governance().body("board")).get()
			.extracting((body) -> body.name())
			.isEqualTo("Joint Board");
		assertThat(overview.governance().delegationOf("board").orElseThrow().maxValueChangePct())
			.isEqualByComparingTo("10");
		assertThat(overview.earlierGovernance()).extracting(Governance::version).containsExactly(1);
		assertThat(overview.status()).isEqualTo(PartnershipStatus.ACTIVE);
	}

	@Test
	void anOutcomeMeasureKeepsItsRevisions() {
		PartnershipOverview overview = fold(active(),
				this.events.measureDefined("measure-1", "People housed for 6 months", "300"),
				this.events.measureRevised("measure-1", "People housed for 6 months", "350", "adaptation-9"));

		assertThat(overview.measures()).hasSize(1);
		OutcomeMeasure measure = overview.measures().get(0);
		assertThat(measure.target()).isEqualByComparingTo("350");
		assertThat(measure.paymentLinked()).isTrue();
		assertThat(measure.rate().amount()).isEqualByComparingTo("1200");
		assertThat(measure.revisions()).hasSize(1);
		assertThat(measure.revisions().get(0).adaptationId()).isEqualTo("adaptation-9");
		assertThat(measure.revisions().get(0).reason()).contains("baseline");
	}

	@Test
	void anAdaptationGoesFromProposalToEvaluatedEffectKeepingEveryStep() {
		PartnershipOverview proposed = fold(active(), this.events.proposed("adaptation-1", "party-1",
				AdaptationCategory.SERVICE_DESIGN_CHANGE, AdaptationFormality.OPERATIONAL, "Saturday opening", "4"));
		PartnershipOverview assessed = proposed.apply(this.events.adaptationAssessed("adaptation-1", "4"));
		PartnershipOverview agreed = assessed.apply(this.events.agreed("adaptation-1", "board", 1, "party-1"));
		PartnershipOverview implemented = agreed.apply(this.events.implemented("adaptation-1", "2025-09-06"));
		PartnershipOverview evaluated = implemented
			.apply(this.events.evaluated("adaptation-1", AdaptationEffect.EFFECTIVE));

		Adaptation first = proposed.adaptation("adaptation-1").orElseThrow();
		assertThat(first.status()).isEqualTo(AdaptationStatus.PROPOSED);
		assertThat(first.proposedByPartyName()).isEqualTo("Shelter Trust");
		assertThat(first.proposedBy().userId()).isEqualTo("provider");
		assertThat(first.expectedImpact().valueChangePct()).isEqualByComparingTo("4");
		assertThat(first.decidedAt()).isNull();
		assertThat(proposed.openAdaptations()).hasSize(1);
		assertThat(assessed.adaptation("adaptation-1").orElseThrow().status()).isEqualTo(AdaptationStatus.ASSESSED);
		assertThat(assessed.adaptation("adaptation-1").orElseThrow().assessment().cumulativeValueChangePct())
			.isEqualByComparingTo("4");
		Adaptation agreement = agreed.adaptation("adaptation-1").orElseThrow();
		assertThat(agreement.status()).isEqualTo(AdaptationStatus.AGREED);
		assertThat(agreement.agreement().decidedByBodyName()).isEqualTo("Partnership Board");
		assertThat(agreement.agreement().approvals()).extracting((approval) -> approval.partyId())
			.containsExactly("party-1");
		assertThat(agreement.decidedAt()).isEqualTo(agreement.agreement().agreedAt());
		assertThat(agreed.openAdaptations()).hasSize(1);
		Adaptation last = evaluated.adaptation("adaptation-1").orElseThrow();
		assertThat(last.status()).isEqualTo(AdaptationStatus.EVALUATED);
		assertThat(last.implementation().implementedOn()).isEqualTo(LocalDate.parse("2025-09-06"));
		assertThat(last.evaluation().effect()).isEqualTo(AdaptationEffect.EFFECTIVE);
		assertThat(last.assessment()).isEqualTo(assessed.adaptation("adaptation-1").orElseThrow().assessment());
		assertThat(evaluated.openAdaptations()).isEmpty();
		assertThat(proposed.adaptation("adaptation-1").orElseThrow().status()).isEqualTo(AdaptationStatus.PROPOSED);
	}

	@Test
	void rejectedAndWithdrawnAdaptationsAreClosedWithTheirReasons() {
		PartnershipOverview overview = fold(active(),
				this.events.proposed("adaptation-1", "party-0", AdaptationCategory.SCOPE_CHANGE,
						AdaptationFormality.FORMAL_VARIATION, "Add a second borough", "30"),
				this.events.proposed("adaptation-2", "party-1", AdaptationCategory.VOLUME_CHANGE,
						AdaptationFormality.GOVERNANCE_DECISION, "Fewer places in winter", "-5"),
				this.events.rejected("adaptation-1", "Beyond the budget"),
				this.events.withdrawn("adaptation-2", "party-1", "Demand held up"));

		Adaptation rejected = overview.adaptation("adaptation-1").orElseThrow();
		Adaptation withdrawn = overview.adaptation("adaptation-2").orElseThrow();
		assertThat(rejected.status()).isEqualTo(AdaptationStatus.REJECTED);
		assertThat(rejected.rejection().reason()).isEqualTo("Beyond the budget");
		assertThat(rejected.decidedAt()).isEqualTo(rejected.rejection().at());
		assertThat(rejected.proposedByPartyName()).isEqualTo("Anytown Council");
		assertThat(withdrawn.status()).isEqualTo(AdaptationStatus.WITHDRAWN);
		assertThat(withdrawn.withdrawal().reason()).isEqualTo("Demand held up");
		assertThat(withdrawn.withdrawal().actor().partyId()).isEqualTo("party-1");
		assertThat(overview.openAdaptations()).isEmpty();
		assertThat(overview.adaptations()).extracting(Adaptation::adaptationId)
			.containsExactly("adaptation-1", "adaptation-2");
	}

	@Test
	void theIterationLogLinksEachIterationToTheAdaptationsItLedTo() {
		PartnershipOverview overview = fold(active(),
				this.events.iterationRecorded("iteration-0", "party-1", "Peer mentors"),
				this.events.iterationStarted("iteration-1", "party-1", "Text reminders", null),
				this.events.proposed("adaptation-1", "party-1", AdaptationCategory.SERVICE_DESIGN_CHANGE,
						AdaptationFormality.OPERATIONAL, "Reminders for everyone", "1", "iteration-1"),
				this.events.iterationConcluded("iteration-1", "party-1", "adaptation-1"),
				this.events.proposed("adaptation-2", "party-1", AdaptationCategory.VOLUME_CHANGE,
						AdaptationFormality.OPERATIONAL, "More reminder slots", "2", "iteration-1"),
				this.events.iterationStarted("iteration-2", "party-1", "Evening slots", "adaptation-2"));

		assertThat(overview.iterations()).extracting(Iteration::iterationId)
			.containsExactly("iteration-0", "iteration-1", "iteration-2");
		Iteration recorded = overview.iteration("iteration-0").orElseThrow();
		assertThat(recorded.concluded()).isTrue();
		assertThat(recorded.conclusion().result()).isEqualTo(IterationResult.INCONCLUSIVE);
		assertThat(recorded.providerPartyName()).isEqualTo("Shelter Trust");
		Iteration concluded = overview.iteration("iteration-1").orElseThrow();
		assertThat(concluded.hypothesis()).startsWith("We believe");
		assertThat(concluded.withinAgreedFlexibility()).isTrue();
		assertThat(concluded.conclusion().decision()).isEqualTo(IterationDecision.SCALE);
		assertThat(concluded.conclusion().evidence()).hasSize(2);
		assertThat(concluded.conclusion().followUpAdaptationId()).isEqualTo("adaptation-1");
		Iteration running = overview.iteration("iteration-2").orElseThrow();
		assertThat(running.concluded()).isFalse();
		assertThat(running.withinAgreedFlexibility()).isFalse();

		List<IterationLogEntry> log = overview.iterationLog();
		assertThat(log).hasSize(3);
		assertThat(log.get(0).adaptations()).isEmpty();
		assertThat(log.get(1).adaptations()).extracting(LinkedAdaptation::adaptationId, LinkedAdaptation::link)
			.containsExactly(tuple("adaptation-1", Link.FOLLOW_UP), tuple("adaptation-2", Link.TRIGGERED));
		assertThat(log.get(2).adaptations()).extracting(LinkedAdaptation::adaptationId, LinkedAdaptation::link)
			.containsExactly(tuple("adaptation-2", Link.RUNS_UNDER));
		assertThat(overview.recentIterations(2)).extracting(Iteration::iterationId)
			.containsExactly("iteration-2", "iteration-1");
	}

	@Test
	void aPartyThatLeftStaysOnTheRecordMarkedAsLeft() {
		PartnershipOverview overview = fold(active(),
				this.events.left("party-1", "The charity merged", "adaptation-7"));

		Party left = overview.party("party-1").orElseThrow();
		assertThat(left.hasLeft()).isTrue();
		assertThat(left.leftAt()).isNotNull();
		assertThat(left.leavingReason()).isEqualTo("The charity merged");
		assertThat(left.leavingAdaptationId()).isEqualTo("adaptation-7");
		assertThat(overview.parties()).hasSize(2);
		assertThat(overview.currentParties()).extracting(Party::partyId).containsExactly("party-0");
		assertThat(overview.partyOf(CHARITY)).isPresent();
	}

	@Test
	void aPartyJoinedUnderAnAdaptationKeepsItsId() {
		OrganisationIdentifier investor = new OrganisationIdentifier("GB-COH", "0999");
		PartnershipOverview overview = fold(active(),
				this.events.joinedUnder("party-2", "Impact Fund", investor, PartyRole.INVESTOR, "adaptation-5"));

		assertThat(overview.party("party-2").orElseThrow().partyChangeAdaptationId()).isEqualTo("adaptation-5");
		assertThat(overview.party("party-2").orElseThrow().hasLeft()).isFalse();
		assertThat(overview.currentParties()).hasSize(3);
	}

	@Test
	void anEventAboutAnAdaptationTheOverviewDoesNotHaveIsRefused() {
		PartnershipOverview overview = active();
		EventEnvelope unknown = this.events.rejected("no-such-adaptation", "Never proposed");

		assertThatIllegalArgumentException().isThrownBy(() -> overview.apply(unknown))
			.withMessageContaining("no-such-adaptation");
	}

	@Test
	void theWholeOverviewSurvivesItsJsonDocument() {
		PartnershipOverview overview = fold(active(), this.events.measureDefined("measure-1", "Housed", "300"),
				this.events.iterationStarted("iteration-1", "party-1", "Text reminders", null),
				this.events.proposed("adaptation-1", "party-1", AdaptationCategory.SERVICE_DESIGN_CHANGE,
						AdaptationFormality.OPERATIONAL, "Saturday opening", "4", "iteration-1"),
				this.events.adaptationAssessed("adaptation-1", "4"),
				this.events.agreed("adaptation-1", "board", 1, "party-1"),
				this.events.iterationConcluded("iteration-1", "party-1", "adaptation-1"),
				this.events.left("party-1", "Merged", null));

		PartnershipOverview read = LedgerJson.read(LedgerJson.write(overview), PartnershipOverview.class);

		assertThat(read).isEqualTo(overview);
		assertThat(LedgerJson.write(overview)).doesNotContain("\"open\"").doesNotContain("\"concluded\"");
	}

}
