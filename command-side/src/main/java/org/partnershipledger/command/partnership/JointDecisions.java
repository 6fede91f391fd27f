package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.ConfirmJointDecisionRequest;
import org.partnershipledger.api.DeclineJointDecisionRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.JointDecisionCommands.ConfirmJointDecision;
import org.partnershipledger.command.partnership.JointDecisionCommands.DeclineJointDecision;
import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.JointDecisionConfirmed;
import org.partnershipledger.events.JointDecisionDeclined;
import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.JointBinding;
import org.partnershipledger.events.relational.JointBinding.Member;

import static org.partnershipledger.command.partnership.Guards.notBefore;
import static org.partnershipledger.command.partnership.Guards.rejectExplaining;

/**
 * Joint decisions (DOMAIN.md §4, "Joint (J) decisions"): one party proposes the decision,
 * each party it binds confirms it for itself or declines it, and it is in force once all
 * have confirmed, dated the later of its stated date and the last confirmation. Who a
 * decision binds follows from its kind and the parties' roles, never from the proposer's
 * list, and nobody confirms for another party.
 */
final class JointDecisions {

	private JointDecisions() {
	}

	/**
	 * The decision proposed by the acting party: in force at once when it binds no other
	 * party, else a proposal the other parties confirm.
	 */
	static Decision<JointAnswer> propose(PartnershipState state, Identity identity, Party acting, List<String> binds,
			PartnershipEvent decision, Authority authority) {
		waitingProposalOf(state, subjectOf(decision)).ifPresent((pending) -> {
			throw PartnershipRejection.conflict("A proposal of " + describe(decision) + " (" + pending.jointDecisionId()
					+ ") still waits for " + names(state, pending.awaiting())
					+ "; it must be confirmed or declined before another is proposed");
		});
		List<String> others = binds.stream().filter((partyId) -> !partyId.equals(acting.partyId())).toList();
		if (others.isEmpty()) {
			return Decision.of(decision, identity, acting, authority)
				.answering((version) -> new JointAnswer(version, null, List.of()));
		}
		String jointDecisionId = "jd-" + (state.jointDecisionsProposed() + 1);
		JointDecisionProposed proposed = proposal(state.partnershipId(), jointDecisionId, binds, acting.partyId(),
				decision);
		return Decision.of(proposed, identity, acting, authority)
			.answering((version) -> new JointAnswer(version, jointDecisionId, others));
	}

	static Decision<Long> confirm(PartnershipState state, ConfirmJointDecision command) {
		ConfirmJointDecisionRequest request = command.request();
		Party acting = Acting.forItsOwnParty(state, command.identity(), request.partyId());
		Guards.requireStage(state, CommandRoute.CONFIRM_JOINT_DECISION, "confirming a joint decision");
		PendingDecision pending = bindingOn(state, command.jointDecisionId(), acting, "confirm");
		if (pending.confirmations().containsKey(acting.partyId())) {
			throw PartnershipRejection.conflict(acting.name() + " has already confirmed joint decision "
					+ pending.jointDecisionId() + "; it waits for " + names(state, pending.awaiting()));
		}
		rejectExplaining("The confirmation cannot be recorded", misdated(state, pending, command.occurredAt()));
		String comment = Guards.blankToNull(request.comment());
		List<PartnershipEvent> events = new ArrayList<>();
		events.add(new JointDecisionConfirmed(state.partnershipId(), pending.jointDecisionId(), acting.partyId(),
				comment, command.occurredAt()));
		PendingDecision confirmed = pending.confirmedBy(acting.partyId(), comment, command.occurredAt());
		if (confirmed.awaiting().isEmpty()) {
			events.add(inForce(state, confirmed));
		}
		return new Decision<>(events, EventMetaData.of(command.identity(), acting.partyId(), request.authority()),
				(version) -> version);
	}

	/**
	 * A confirmation is never dated before the proposal, nor (DOMAIN.md §4, business
	 * dates) before the latest assessment unless the decision says why it is back-dated:
	 * otherwise the decision it completes would escape the reassessment triggers.
	 */
	private static List<FieldProblem> misdated(PartnershipState state, PendingDecision pending, Instant at) {
		List<FieldProblem> problems = new ArrayList<>(notBefore(at, pending.proposal().occurredAt(), "its proposal"));
		boolean explained = pending.proposal().proposal() instanceof AdaptationAgreed agreed
				&& agreed.backdatingReason() != null;
		if (!explained && state.latestAssessment() != null) {
			problems.addAll(notBefore(at, state.latestAssessment().assessedAt(), "the latest assessment"));
		}
		return problems;
	}

	static Decision<Long> decline(PartnershipState state, DeclineJointDecision command) {
		DeclineJointDecisionRequest request = command.request();
		Party acting = Acting.forItsOwnParty(state, command.identity(), request.partyId());
		Guards.requireStage(state, CommandRoute.DECLINE_JOINT_DECISION, "declining a joint decision");
		PendingDecision pending = bindingOn(state, command.jointDecisionId(), acting, "decline");
		rejectExplaining("The decision cannot be declined",
				notBefore(command.occurredAt(), pending.proposal().occurredAt(), "its proposal"));
		return Decision.of(new JointDecisionDeclined(state.partnershipId(), pending.jointDecisionId(), acting.partyId(),
				request.reason(), command.occurredAt()), command.identity(), acting, request.authority());
	}

	/**
	 * Vision, principles, governance and an alignment instrument: see
	 * {@link JointBinding}.
	 */
	static List<String> everyPartyButEvaluators(PartnershipState state) {
		return JointBinding.everyPartyButEvaluators(members(state));
	}

	/** An adaptation's agreement: see {@link JointBinding}. */
	static List<String> bindsForAdaptation(PartnershipState state, AdaptationCategory category) {
		return JointBinding.forAdaptation(category, members(state));
	}

	/**
	 * Whether an adaptation changes a party's obligations: whether its agreement binds
	 * the party, whatever its proposer named.
	 */
	static boolean affects(PartnershipState state, Adaptation adaptation, String partyId) {
		return bindsForAdaptation(state, adaptation.category()).contains(partyId);
	}

	private static List<Member> members(PartnershipState state) {
		List<String> suppliers = (state.contract() != null) ? state.contract().supplierPartyIds() : List.of();
		return state.parties()
			.values()
			.stream()
			.map((party) -> new Member(party.partyId(), party.roles(), suppliers.contains(party.partyId())))
			.toList();
	}

	/**
	 * A list of parties a request may give: left out, or exactly the parties the decision
	 * binds (in any order).
	 */
	static List<FieldProblem> namesExactly(PartnershipState state, List<String> given, List<String> binds, String field,
			String why) {
		if (given.isEmpty() || Set.copyOf(given).equals(Set.copyOf(binds))) {
			return List.of();
		}
		return List.of(new FieldProblem(field, "This joint decision binds " + names(state, binds) + ": " + why
				+ ". Leave the list out, or name exactly those parties; each of them confirms for itself"));
	}

	/**
	 * The waiting decisions that bind the party, whether or not it confirmed them, in the
	 * order proposed: they lapse if it leaves, since they can no longer bind every party
	 * they name.
	 */
	static List<String> binding(PartnershipState state, String partyId) {
		return state.pendingDecisions()
			.values()
			.stream()
			.filter((pending) -> pending.proposal().bindsPartyIds().contains(partyId))
			.map(PendingDecision::jointDecisionId)
			.toList();
	}

	/** The proposal of a decision about the same thing still waiting, if there is one. */
	static Optional<PendingDecision> waitingProposalOf(PartnershipState state, String subject) {
		return state.pendingDecisions()
			.values()
			.stream()
			.filter((pending) -> subjectOf(pending.proposal().proposal()).equals(subject))
			.findFirst();
	}

	/**
	 * What a decision is about: at most one proposal about it waits at a time (so the
	 * version it carries is still the next one when it comes into force).
	 */
	static String subjectOf(PartnershipEvent decision) {
		if (decision instanceof AdaptationAgreed agreed) {
			return "adaptation " + agreed.adaptationId();
		}
		if (decision instanceof DisputeResolved resolved) {
			return "dispute " + resolved.disputeId();
		}
		return decision.getClass().getSimpleName();
	}

	/** The proposal the party's people confirm, as it will be recorded once in force. */
	static JointDecisionProposed proposal(String partnershipId, String jointDecisionId, List<String> binds,
			String proposedBy, PartnershipEvent decision) {
		return new JointDecisionProposed(partnershipId, jointDecisionId, binds, proposedBy,
				(decision instanceof SharedVisionAgreed vision) ? vision : null,
				(decision instanceof GuidingPrinciplesAgreed principles) ? principles : null,
				(decision instanceof GovernanceArrangementsAgreed governance) ? governance : null,
				(decision instanceof AlignmentInstrumentAdopted instrument) ? instrument : null,
				(decision instanceof AdaptationAgreed agreement) ? agreement : null,
				(decision instanceof DisputeResolved resolution) ? resolution : null, decision.occurredAt());
	}

	/**
	 * The decision as it comes into force with the last confirmation: dated the later of
	 * its stated date and the latest confirmation, an adaptation's approvals being each
	 * party's confirmation with its comment, and its delegation the one in force then.
	 */
	private static PartnershipEvent inForce(PartnershipState state, PendingDecision confirmed) {
		PartnershipEvent decision = confirmed.proposal().proposal();
		Instant lastConfirmation = confirmed.latestConfirmation();
		Instant at = decision.occurredAt().isAfter(lastConfirmation) ? decision.occurredAt() : lastConfirmation;
		if (decision instanceof SharedVisionAgreed vision) {
			return new SharedVisionAgreed(vision.partnershipId(), vision.version(), vision.statement(),
					vision.agreedByPartyIds(), at);
		}
		if (decision instanceof GuidingPrinciplesAgreed principles) {
			return new GuidingPrinciplesAgreed(principles.partnershipId(), principles.version(),
					principles.principles(), principles.agreedByPartyIds(), at);
		}
		if (decision instanceof GovernanceArrangementsAgreed governance) {
			return new GovernanceArrangementsAgreed(governance.partnershipId(), governance.version(),
					governance.bodies(), governance.delegations(), governance.disputeLadder(),
					governance.agreedByPartyIds(), at);
		}
		if (decision instanceof AlignmentInstrumentAdopted instrument) {
			return new AlignmentInstrumentAdopted(instrument.partnershipId(), instrument.instrumentId(),
					instrument.instrumentType(), instrument.signatoryPartyIds(), instrument.effectiveFrom(),
					instrument.reviewBy(), instrument.legallyBinding(), at);
		}
		if (decision instanceof AdaptationAgreed agreed) {
			List<Approval> approvals = confirmed.proposal()
				.bindsPartyIds()
				.stream()
				.map((partyId) -> new Approval(partyId, confirmed.confirmations().get(partyId)))
				.toList();
			return new AdaptationAgreed(agreed.partnershipId(), agreed.adaptationId(), agreed.decidedByBodyId(),
					approvals, agreed.conditions(),
					AdaptationDecisions.delegationVersionAt(state, agreed, confirmed.jointDecisionId(), at),
					agreed.backdatingReason(), at);
		}
		DisputeResolved resolved = (DisputeResolved) decision;
		return new DisputeResolved(resolved.partnershipId(), resolved.disputeId(), resolved.agreedByPartyIds(),
				resolved.resolution(), at);
	}

	/** What a decision is, in a few words, for messages. */
	static String describe(PartnershipEvent decision) {
		if (decision instanceof SharedVisionAgreed) {
			return "the shared vision";
		}
		if (decision instanceof GuidingPrinciplesAgreed) {
			return "guiding principles";
		}
		if (decision instanceof GovernanceArrangementsAgreed) {
			return "governance arrangements";
		}
		if (decision instanceof AlignmentInstrumentAdopted) {
			return "the alignment instrument";
		}
		return subjectOf(decision) + ((decision instanceof AdaptationAgreed) ? "'s agreement" : "'s resolution");
	}

	/** The pending decision the acting party is bound by. */
	private static PendingDecision bindingOn(PartnershipState state, String jointDecisionId, Party acting,
			String doing) {
		PendingDecision pending = state.pendingDecisions().get(jointDecisionId);
		if (pending == null) {
			throw PartnershipRejection.noSuch("There is no joint decision " + jointDecisionId
					+ " waiting for confirmation (it may be in force already, or declined)");
		}
		if (!pending.proposal().bindsPartyIds().contains(acting.partyId())) {
			throw PartnershipRejection.forbidden(
					"Joint decision " + jointDecisionId + " does not bind " + acting.name() + ", so it has nothing to "
							+ doing + "; it binds " + names(state, pending.proposal().bindsPartyIds()));
		}
		return pending;
	}

	/** Parties by name and id, for messages. */
	static String names(PartnershipState state, List<String> partyIds) {
		Map<String, Party> parties = state.parties();
		return String.join(", ",
				partyIds.stream()
					.map((partyId) -> parties.containsKey(partyId) ? parties.get(partyId).name() + " (" + partyId + ")"
							: partyId)
					.toList());
	}

}
