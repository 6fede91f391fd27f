package org.partnershipledger.command.partnership;

import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.command.partnership.DisputeCommands.EscalateDispute;
import org.partnershipledger.command.partnership.DisputeCommands.RaiseDispute;
import org.partnershipledger.command.partnership.DisputeCommands.ResolveDispute;
import org.partnershipledger.events.DisputeEscalated;
import org.partnershipledger.events.DisputeRaised;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.relational.DisputeStep;

import static org.partnershipledger.command.partnership.Guards.blankToNull;
import static org.partnershipledger.command.partnership.Guards.existing;
import static org.partnershipledger.command.partnership.Guards.notBeforeLatestAssessmentUnexplained;
import static org.partnershipledger.command.partnership.Guards.notParties;
import static org.partnershipledger.command.partnership.Guards.rejectExplaining;
import static org.partnershipledger.command.partnership.Guards.requireStage;

/**
 * Disputes between parties: raised at the first step of the dispute ladder in force,
 * escalated along it by a party to the dispute, resolved with every party's agreement
 * (DOMAIN.md §4, 20).
 */
final class DisputeDecisions {

	private DisputeDecisions() {
	}

	static Decision<Long> raiseDispute(PartnershipState state, RaiseDispute command) {
		RaiseDisputeRequest request = command.request();
		Party acting = Acting.proposerFor(state, command.identity(), request.raisedByPartyId());
		requireStage(state, CommandRoute.RAISE_DISPUTE, "raising a dispute");
		List<FieldProblem> problems = new ArrayList<>(notParties(state, request.withPartyIds(), "withPartyIds"));
		if (request.withPartyIds().contains(acting.partyId())) {
			problems.add(new FieldProblem("withPartyIds",
					"Name the other parties to the dispute, not your own party " + acting.partyId()));
		}
		rejectExplaining("The dispute must be with other parties of this partnership", problems);
		List<String> partyIds = new ArrayList<>();
		partyIds.add(acting.partyId());
		request.withPartyIds().stream().distinct().forEach(partyIds::add);
		DisputeStep first = state.governance()
			.inForceAt(command.occurredAt())
			.flatMap((inForce) -> inForce.nextDisputeStep(null))
			.orElse(null);
		return Decision.of(new DisputeRaised(state.partnershipId(), command.disputeId(), acting.partyId(), partyIds,
				request.subject(), request.description(), request.principlesAllegedlyBreached(), first,
				command.occurredAt()), command.identity(), acting, request.authority());
	}

	/** Only to the next step of the ladder agreed in the governance in force. */
	static Decision<Long> escalateDispute(PartnershipState state, EscalateDispute command) {
		Party acting = Acting.proposer(state, command.identity());
		Dispute dispute = openDispute(state, command.disputeId(), "escalated");
		if (!dispute.partyIds().contains(acting.partyId())) {
			throw PartnershipRejection.forbidden("Only a party to the dispute escalates it; " + acting.name()
					+ " is not one of " + String.join(", ", dispute.partyIds()));
		}
		requireStage(state, CommandRoute.ESCALATE_DISPUTE, "escalating a dispute");
		EscalateDisputeRequest request = command.request();
		GovernanceVersion inForce = state.governance()
			.inForceAt(command.occurredAt())
			.filter((version) -> !version.disputeLadder().isEmpty())
			.orElseThrow(() -> PartnershipRejection.unprocessable(
					"No dispute ladder is agreed in the governance "
							+ "in force; agree governance arrangements with a dispute ladder first",
					List.of(new FieldProblem("toStep", "There is no agreed dispute ladder to follow"))));
		rejectExplaining("The escalation is dated before the latest assessment",
				notBeforeLatestAssessmentUnexplained(state, command.occurredAt(), request.backdatingReason()));
		DisputeStep next = inForce.nextDisputeStep(dispute.step()).orElse(null);
		if (next != request.toStep()) {
			String where = (next == null) ? dispute.step() + " is its last step"
					: "the next step after " + dispute.step() + " is " + next;
			throw PartnershipRejection.unprocessable(
					"A dispute follows the agreed ladder " + inForce.ladderInWords() + " (governance version "
							+ inForce.version() + "): " + where,
					List.of(new FieldProblem("toStep",
							"Escalate along the agreed ladder " + inForce.ladderInWords() + "; " + where)));
		}
		return Decision.of(new DisputeEscalated(state.partnershipId(), dispute.disputeId(), dispute.step(), next,
				inForce.version(), request.reason(), blankToNull(request.backdatingReason()), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	/** Every party to the dispute agrees its resolution. */
	static Decision<JointAnswer> resolveDispute(PartnershipState state, ResolveDispute command) {
		Party acting = Acting.commissioner(state, command.identity());
		Dispute dispute = openDispute(state, command.disputeId(), "resolved");
		requireStage(state, CommandRoute.RESOLVE_DISPUTE, "resolving a dispute");
		ResolveDisputeRequest request = command.request();
		rejectExplaining("The resolution binds every party to the dispute",
				JointDecisions.namesExactly(state, request.agreedByPartyIds(), dispute.partyIds(), "agreedByPartyIds",
						"a resolution binds the parties to the dispute"));
		return JointDecisions.propose(
				state, command.identity(), acting, dispute.partyIds(), new DisputeResolved(state.partnershipId(),
						dispute.disputeId(), dispute.partyIds(), request.resolution(), command.occurredAt()),
				request.authority());
	}

	private static Dispute openDispute(PartnershipState state, String disputeId, String beingDone) {
		Dispute dispute = existing(state.disputes(), disputeId, "dispute");
		if (dispute.resolved()) {
			throw PartnershipRejection
				.conflict("Dispute " + disputeId + " is resolved; only an open dispute is " + beingDone);
		}
		return dispute;
	}

}
