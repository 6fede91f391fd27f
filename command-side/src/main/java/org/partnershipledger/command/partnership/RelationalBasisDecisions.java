package org.partnershipledger.command.partnership;

import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.RelationalCommands.AdoptAlignmentInstrument;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGovernanceArrangements;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGuidingPrinciples;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeSharedVision;
import org.partnershipledger.command.partnership.RelationalCommands.ConcludeContract;
import org.partnershipledger.command.partnership.RelationalCommands.DefineOutcomeMeasure;
import org.partnershipledger.command.partnership.RelationalCommands.ReviseOutcomeMeasure;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.OutcomeMeasureRevised;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.AdaptationCategory;

import static org.partnershipledger.command.partnership.Guards.blankToNull;
import static org.partnershipledger.command.partnership.Guards.notParties;
import static org.partnershipledger.command.partnership.Guards.rejectIfAny;
import static org.partnershipledger.command.partnership.Guards.requireModelChosen;

/**
 * The relational basis: the contract or alignment instrument that makes a partnership
 * ACTIVE, the shared vision, guiding principles and governance arrangements the parties
 * agree, and the outcome measures (DOMAIN.md §4, set-up 5–8).
 */
final class RelationalBasisDecisions {

	private RelationalBasisDecisions() {
	}

	static Decision<Long> concludeContract(PartnershipState state, ConcludeContract command) {
		Party acting = Acting.commissioner(state, command.identity());
		requireModelChosen(state, "concluding a contract");
		if (state.chosenModel() == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT) {
			throw PartnershipRejection.unprocessable(
					"An alignment partnership has no contract; record the alignment instrument the parties adopted",
					List.of());
		}
		requireNotYetActiveUnlessAwaited(state, TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR,
				TransitionPrerequisite.CONTRACT_CONCLUDED);
		aFormalRelationalContractNeedsItsRelationalBasis(state);
		ConcludeContractRequest request = command.request();
		rejectIfAny("A supplier is not a party to this partnership",
				notParties(state, request.supplierPartyIds(), "supplierPartyIds"));
		return Decision.of(
				new ContractConcluded(state.partnershipId(), command.contractId(), request.dateSigned(),
						request.period(), request.value(), request.supplierPartyIds(),
						request.relationalClausesIncluded(), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	static Decision<JointAnswer> adoptAlignmentInstrument(PartnershipState state, AdoptAlignmentInstrument command) {
		Party acting = Acting.commissioner(state, command.identity());
		requireModelChosen(state, "adopting an alignment instrument");
		if (state.chosenModel() != PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT) {
			throw PartnershipRejection.unprocessable("An alignment instrument is only for an alignment partnership; "
					+ "this one's model is " + state.chosenModel() + ", so record its contract instead", List.of());
		}
		requireNotYetActiveUnlessAwaited(state, TransitionPrerequisite.INSTRUMENT_ADOPTED);
		AdoptAlignmentInstrumentRequest request = command.request();
		List<String> binds = JointDecisions.everyPartyButEvaluators(state);
		rejectIfAny("The signatories are every party but evaluators",
				JointDecisions.namesExactly(state, request.signatoryPartyIds(), binds, "signatoryPartyIds",
						"an alignment instrument binds every party but evaluators"));
		return JointDecisions.propose(state, command.identity(), acting, binds,
				new AlignmentInstrumentAdopted(state.partnershipId(), command.instrumentId(), request.instrumentType(),
						binds, request.effectiveFrom(), request.reviewBy(), request.legallyBinding(),
						command.occurredAt()),
				request.authority());
	}

	static Decision<JointAnswer> agreeSharedVision(PartnershipState state, AgreeSharedVision command) {
		AgreeSharedVisionRequest request = command.request();
		Party acting = proposedToEveryParty(state, command.identity(), "a shared vision", request.agreedByPartyIds());
		return JointDecisions.propose(state, command.identity(), acting, JointDecisions.everyPartyButEvaluators(state),
				new SharedVisionAgreed(state.partnershipId(), state.governance().visionVersion() + 1,
						request.statement(), JointDecisions.everyPartyButEvaluators(state), command.occurredAt()),
				request.authority());
	}

	static Decision<JointAnswer> agreeGuidingPrinciples(PartnershipState state, AgreeGuidingPrinciples command) {
		AgreeGuidingPrinciplesRequest request = command.request();
		Party acting = proposedToEveryParty(state, command.identity(), "guiding principles",
				request.agreedByPartyIds());
		return JointDecisions.propose(state, command.identity(), acting, JointDecisions.everyPartyButEvaluators(state),
				new GuidingPrinciplesAgreed(state.partnershipId(), state.governance().principlesVersion() + 1,
						request.principles(), JointDecisions.everyPartyButEvaluators(state), command.occurredAt()),
				request.authority());
	}

	/** As the vision and principles; each body's members are parties too. */
	static Decision<JointAnswer> agreeGovernanceArrangements(PartnershipState state,
			AgreeGovernanceArrangements command) {
		AgreeGovernanceArrangementsRequest request = command.request();
		Party acting = proposedToEveryParty(state, command.identity(), "governance arrangements",
				request.agreedByPartyIds());
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < request.bodies().size(); i++) {
			problems.addAll(
					notParties(state, request.bodies().get(i).memberPartyIds(), "bodies[" + i + "].memberPartyIds"));
		}
		rejectIfAny("Governance bodies must name parties of this partnership", problems);
		List<String> binds = JointDecisions.everyPartyButEvaluators(state);
		return JointDecisions.propose(state, command.identity(), acting, binds,
				new GovernanceArrangementsAgreed(state.partnershipId(), state.governance().arrangementsVersion() + 1,
						request.bodies(), request.delegations(), request.disputeLadder(), binds, command.occurredAt()),
				request.authority());
	}

	static Decision<Long> defineOutcomeMeasure(PartnershipState state, DefineOutcomeMeasure command) {
		Party acting = Acting.commissioner(state, command.identity());
		requireAgreementStage(state, "outcome measures");
		DefineOutcomeMeasureRequest request = command.request();
		rejectIfAny("No payments on an alignment partnership",
				noPaymentsOnAlignment(state, request.isPaymentLinked(), request.rate() != null));
		return Decision.of(new OutcomeMeasureDefined(state.partnershipId(), command.measureId(), request.name(),
				request.kind(), request.unit(), request.baseline(), request.target(), request.isPaymentLinked(),
				request.rate(), command.occurredAt()), command.identity(), acting, request.authority());
	}

	static Decision<Long> reviseOutcomeMeasure(PartnershipState state, ReviseOutcomeMeasure command) {
		Party acting = Acting.commissioner(state, command.identity());
		if (!state.measures().containsKey(command.measureId())) {
			throw PartnershipRejection.noSuch("There is no outcome measure " + command.measureId());
		}
		requireAgreementStage(state, "outcome measures");
		ReviseOutcomeMeasureRequest request = command.request();
		List<FieldProblem> problems = new ArrayList<>(
				noPaymentsOnAlignment(state, request.isPaymentLinked(), request.rate() != null));
		problems.addAll(anActiveMeasureChangesUnderAnAgreedAdaptation(state, request.adaptationId()));
		rejectIfAny("The revision breaks a rule of the partnership", problems);
		return Decision.of(
				new OutcomeMeasureRevised(state.partnershipId(), command.measureId(), request.name(), request.kind(),
						request.unit(), request.baseline(), request.target(), request.isPaymentLinked(), request.rate(),
						blankToNull(request.adaptationId()), request.reason(), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	/**
	 * A contract or alignment instrument once: the partnership is not ACTIVE yet, or a
	 * model transition waits for it (a successor contract, a new instrument).
	 */
	private static void requireNotYetActiveUnlessAwaited(PartnershipState state, TransitionPrerequisite... awaited) {
		for (TransitionPrerequisite prerequisite : awaited) {
			if (Transitions.awaits(state, prerequisite)) {
				return;
			}
		}
		if (state.status() != PartnershipStatus.MODEL_CHOSEN) {
			throw PartnershipRejection.conflict("The partnership is already " + state.status());
		}
	}

	/**
	 * The parties agree their basis and measures once the model is chosen, and while a
	 * model transition is pending.
	 */
	private static void requireAgreementStage(PartnershipState state, String what) {
		if (state.status() != PartnershipStatus.MODEL_CHOSEN && state.status() != PartnershipStatus.ACTIVE
				&& state.pendingTransition().isEmpty()) {
			throw PartnershipRejection.conflict("The parties agree " + what
					+ " once the partnership model is chosen; the partnership is " + state.status());
		}
	}

	/**
	 * A formal-relational partnership becomes ACTIVE only with a shared vision, guiding
	 * principles and governance arrangements agreed.
	 */
	private static void aFormalRelationalContractNeedsItsRelationalBasis(PartnershipState state) {
		List<String> missing = state.governance().missing();
		if (state.chosenModel() == PartnershipModel.FORMAL_RELATIONAL_CONTRACT && !missing.isEmpty()) {
			throw PartnershipRejection.conflict("A formal-relational partnership becomes ACTIVE only once the parties "
					+ "agreed a shared vision, guiding principles and governance arrangements; still missing: "
					+ String.join(", ", missing));
		}
	}

	/**
	 * The commissioner proposes what binds every party but evaluators, once the model is
	 * chosen: the acting commissioner's party. A list of parties given must name exactly
	 * those.
	 */
	private static Party proposedToEveryParty(PartnershipState state, Identity identity, String what,
			List<String> agreedByPartyIds) {
		Party acting = Acting.commissioner(state, identity);
		requireAgreementStage(state, what);
		rejectIfAny("A joint decision binds every party but evaluators",
				JointDecisions.namesExactly(state, agreedByPartyIds, JointDecisions.everyPartyButEvaluators(state),
						"agreedByPartyIds", what + " binds every party but evaluators"));
		return acting;
	}

	private static List<FieldProblem> noPaymentsOnAlignment(PartnershipState state, boolean paymentLinked,
			boolean hasRate) {
		List<FieldProblem> problems = new ArrayList<>();
		if (state.isAlignment() && paymentLinked) {
			problems.add(new FieldProblem("paymentLinked",
					"No payments on an alignment partnership: a measure cannot be payment-linked"));
		}
		if (state.isAlignment() && hasRate) {
			problems.add(new FieldProblem("rate", "No payments on an alignment partnership: a measure has no rate"));
		}
		return problems;
	}

	/**
	 * Once the partnership is ACTIVE a measure changes only under an agreed
	 * OUTCOME_MEASURE_CHANGE adaptation; an adaptation named anyway must be one.
	 */
	private static List<FieldProblem> anActiveMeasureChangesUnderAnAgreedAdaptation(PartnershipState state,
			String adaptationId) {
		boolean needsAdaptation = state.status() == PartnershipStatus.ACTIVE;
		if (!needsAdaptation && adaptationId == null) {
			return List.of();
		}
		Adaptation adaptation = state.adaptations().get(adaptationId);
		if (adaptation == null || adaptation.category() != AdaptationCategory.OUTCOME_MEASURE_CHANGE
				|| !adaptation.agreedOrLater()) {
			return List.of(new FieldProblem("adaptationId",
					"Once the partnership is ACTIVE a measure changes only under an agreed adaptation of "
							+ "category OUTCOME_MEASURE_CHANGE; name one"));
		}
		return List.of();
	}

}
