package org.partnershipledger.query.partnership;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.timeline.EventSummaries;
import org.partnershipledger.query.timeline.SummaryNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partnership that moved from a transactional to a formal-relational contract after a
 * reassessment, as the overview and the evolution show it: live throughout, the new model
 * and mechanism in the overview, what the move still waits for until it is recorded, and
 * the move on the evolution.
 */
class ModelTransitionViewTest {

	private final TestEvents events = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));

	private List<EventEnvelope> moved() {
		List<EventEnvelope> life = new ArrayList<>(List.of(this.events.registered("Moved along the spectrum"),
				this.events.joined(
						"party-1", "Homes Together", TestEvents.uniqueIdentifier("GB-CHC"), PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, 2, 2, 2, 2, 2, 2, 2),
				this.events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.TRANSACTIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE),
				this.events.contract("contract-1", "party-1"), this.events.assessed(true, 4, 4, 4, 3, 5, 4, 5)));
		life.add(this.events.transitioned(PartnershipModel.TRANSACTIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE,
				PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED,
				TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR));
		return life;
	}

	private static PartnershipOverview fold(List<EventEnvelope> life) {
		PartnershipOverview overview = PartnershipOverview.empty();
		for (EventEnvelope envelope : life) {
			overview = overview.apply(envelope);
		}
		return overview;
	}

	@Test
	void theMovedPartnershipStaysActiveUnderItsNewModelAndNamesWhatItWaitsFor() {
		PartnershipOverview overview = fold(moved());

		assertThat(overview.status()).isEqualTo(PartnershipStatus.ACTIVE);
		assertThat(overview.chosenModel()).isEqualTo(PartnershipModel.FORMAL_RELATIONAL_CONTRACT);
		assertThat(overview.paymentMechanism()).isEqualTo(PaymentMechanism.OUTCOMES_BASED);
		assertThat(overview.latestChoice().transition()).isTrue();
		assertThat(overview.latestChoice().previousModel()).isEqualTo(PartnershipModel.TRANSACTIONAL_CONTRACT);
		assertThat(overview.latestChoice().pendingInWords())
			.containsExactly("the contract varied, or a successor contract concluded");
	}

	@Test
	void aSuccessorContractSettlesWhatTheMoveWaitedFor() {
		List<EventEnvelope> life = moved();
		life.add(this.events.contract("contract-2", "party-1"));

		PartnershipOverview overview = fold(life);

		assertThat(overview.latestChoice().pending()).isEmpty();
		assertThat(overview.contract().contractId()).isEqualTo("contract-2");
		assertThat(overview.status()).isEqualTo(PartnershipStatus.ACTIVE);
	}

	@Test
	void theEvolutionShowsTheMoveAlongTheSpectrum() {
		Evolution evolution = fold(moved()).evolution();

		EvolutionPoint last = evolution.points().get(evolution.points().size() - 1);
		assertThat(last.kind()).isEqualTo(EvolutionPoint.Kind.MODEL_CHANGE);
		assertThat(last.model()).isEqualTo(PartnershipModel.FORMAL_RELATIONAL_CONTRACT);
		assertThat(last.previousModel()).isEqualTo(PartnershipModel.TRANSACTIONAL_CONTRACT);
		assertThat(evolution.current().orElseThrow().chosenModel())
			.isEqualTo(PartnershipModel.FORMAL_RELATIONAL_CONTRACT);
	}

	@Test
	void theTimelineSaysWhatMovedAndWhatItWaitsFor() {
		List<EventEnvelope> life = moved();
		assertThat(EventSummaries.summarise(life.get(life.size() - 1), SummaryNames.IDS)).startsWith("Moved from a ")
			.contains("in force once recorded: the contract varied, or a successor contract concluded");
	}

	@Test
	void anAgreedPaymentMechanismChangeChangesTheMechanism() {
		List<EventEnvelope> life = moved();
		life.add(this.events.mechanismChangeProposed("adaptation-1", PaymentMechanism.COST_REIMBURSEMENT_OPEN_BOOK));
		assertThat(fold(life).paymentMechanism()).isEqualTo(PaymentMechanism.OUTCOMES_BASED);

		life.add(this.events.agreed("adaptation-1", "board", 1, "party-0", "party-1"));

		assertThat(fold(life).paymentMechanism()).isEqualTo(PaymentMechanism.COST_REIMBURSEMENT_OPEN_BOOK);
	}

}
