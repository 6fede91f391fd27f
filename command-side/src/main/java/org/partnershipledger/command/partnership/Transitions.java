package org.partnershipledger.command.partnership;

import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartnershipStatus;

/**
 * Moving a live partnership along the spectrum (DOMAIN.md §2.6): what must hold before
 * the transition is taken, and what must still be recorded before the new model is in
 * force.
 */
final class Transitions {

	private Transitions() {
	}

	/**
	 * Whether a choice now is a transition: the partnership is live (ACTIVE or EXITING).
	 */
	static boolean isTransition(PartnershipState state) {
		return state.status() == PartnershipStatus.ACTIVE || state.status() == PartnershipStatus.EXITING;
	}

	/**
	 * Refuses the transition while what must already hold does not: a move from a
	 * transactional to a formal-relational contract needs vision, principles and
	 * governance in force (from alignment, the new contract needs them); alignment needs
	 * the latest assessment to say that no money changes hands.
	 */
	static void refuseUntilItsBasisHolds(PartnershipState state, PartnershipModel to) {
		if (to == PartnershipModel.FORMAL_RELATIONAL_CONTRACT && state.chosenModel() != to
				&& state.chosenModel() != PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT
				&& !state.governance().missing().isEmpty()) {
			throw PartnershipRejection.conflict(
					"A move to a formal-relational contract needs " + String.join(", ", state.governance().missing())
							+ " agreed first; the partnership stays " + state.chosenModel() + " meanwhile");
		}
		if (to == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT && state.chosenModel() != to
				&& !Boolean.FALSE.equals(state.latestAssessment().moneyChangesHands())) {
			throw PartnershipRejection.conflict("A move to alignment without a contract needs an assessment that "
					+ "finds no money changing hands; the latest assessment does not");
		}
	}

	/**
	 * What must still be recorded before the move from the model in force to {@code to}.
	 */
	static List<TransitionPrerequisite> pending(PartnershipState state, PartnershipModel to) {
		PartnershipModel from = state.chosenModel();
		List<TransitionPrerequisite> pending = new ArrayList<>();
		if (from == to) {
			return pending;
		}
		if (to == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT) {
			if (state.status() == PartnershipStatus.ACTIVE) {
				pending.add(TransitionPrerequisite.CONTRACT_ENDED);
			}
			pending.add(TransitionPrerequisite.INSTRUMENT_ADOPTED);
		}
		else if (from == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT) {
			if (state.status() == PartnershipStatus.ACTIVE) {
				pending.add(TransitionPrerequisite.INSTRUMENT_ENDED);
			}
			pending.add(TransitionPrerequisite.CONTRACT_CONCLUDED);
		}
		else {
			pending.add(TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR);
		}
		return pending;
	}

	/**
	 * Whether a contract (a successor one) may be concluded now: before the partnership
	 * is active, or while a transition waits for one.
	 */
	static boolean awaits(PartnershipState state, TransitionPrerequisite prerequisite) {
		return state.pendingTransition().contains(prerequisite);
	}

}
