package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.api.AssessAdaptationRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.command.partnership.AdaptationCommands.AgreeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.AssessAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.EvaluateAdaptationEffect;
import org.partnershipledger.command.partnership.AdaptationCommands.ImplementAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.ProposeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.RejectAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.WithdrawAdaptation;
import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationAssessed;
import org.partnershipledger.events.AdaptationEffectEvaluated;
import org.partnershipledger.events.AdaptationImplemented;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.AdaptationWithdrawn;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.GovernanceBody;

import static org.partnershipledger.command.partnership.Guards.blankToNull;
import static org.partnershipledger.command.partnership.Guards.existing;
import static org.partnershipledger.command.partnership.Guards.notBefore;
import static org.partnershipledger.command.partnership.Guards.notBeforeLatestAssessmentUnexplained;
import static org.partnershipledger.command.partnership.Guards.notParties;
import static org.partnershipledger.command.partnership.Guards.rejectExplaining;
import static org.partnershipledger.command.partnership.Guards.rejectIfAny;
import static org.partnershipledger.command.partnership.Guards.requireStage;
import static org.partnershipledger.command.partnership.Guards.unknownMeasures;

/**
 * Adaptations, changes to how the partnership works: proposed, assessed, agreed by a
 * governance body within its delegation, rejected or withdrawn, implemented and evaluated
 * (DOMAIN.md §4, adaptations 9–12).
 */
final class AdaptationDecisions {

	private AdaptationDecisions() {
	}

	static Decision<Long> proposeAdaptation(PartnershipState state, ProposeAdaptation command) {
		ProposeAdaptationRequest request = command.request();
		Party acting = Acting.proposerFor(state, command.identity(), request.proposedByPartyId());
		requireStage(state, CommandRoute.PROPOSE_ADAPTATION, "proposing an adaptation");
		List<FieldProblem> problems = new ArrayList<>(
				notParties(state, request.affectedPartyIds(), "affectedPartyIds"));
		problems.addAll(
				unknownMeasures(state, request.expectedImpact().measuresAffected(), "expectedImpact.measuresAffected"));
		problems.addAll(noPriceAndNoVariationOnAlignment(state, request));
		problems.addAll(theNewMechanismFitsTheModel(state, request));
		rejectIfAny("The proposal breaks a rule of the partnership", problems);
		return Decision.of(
				new AdaptationProposed(state.partnershipId(), command.adaptationId(), acting.partyId(),
						request.category(), request.formality(), request.title(), request.description(),
						request.rationale(), request.triggerRefs(), request.expectedImpact(),
						request.affectedPartyIds(), request.principlesInvoked(), request.proposedEffectiveDate(),
						request.isUrgent(), request.newPaymentMechanism(), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	/**
	 * The assessment records the cumulative change against the contract's original terms:
	 * the contract as varied and extended so far, compounded with every adaptation agreed
	 * but not yet in a variation and with this one.
	 */
	static Decision<Long> assessAdaptation(PartnershipState state, AssessAdaptation command) {
		Party acting = Acting.commissioner(state, command.identity());
		Adaptation adaptation = undecidedAdaptation(state, command.adaptationId(), "assessed");
		AssessAdaptationRequest request = command.request();
		List<Adaptation> further = new ArrayList<>(state.adaptations()
			.values()
			.stream()
			.filter((made) -> made.agreedOrLater() && !state.variedAdaptationIds().contains(made.adaptationId()))
			.toList());
		further.add(adaptation);
		List<BigDecimal> values = further.stream().map(Adaptation::valueChangePct).toList();
		List<BigDecimal> terms = further.stream().map(Adaptation::termChangePct).toList();
		ContractTerms contract = state.contract();
		BigDecimal value = (contract != null) ? contract.cumulativeValueChangePctAfter(values)
				: Compounding.changePct(BigDecimal.ONE, BigDecimal.ONE, values);
		BigDecimal term = (contract != null) ? contract.cumulativeTermChangePctAfter(terms)
				: Compounding.changePct(BigDecimal.ONE, BigDecimal.ONE, terms);
		return Decision.of(new AdaptationAssessed(state.partnershipId(), adaptation.adaptationId(),
				request.legalGround(), value, term, request.substantialModificationRisk(),
				request.contractChangeNoticeRequired(), request.notes(), command.occurredAt()), command.identity(),
				acting, request.authority());
	}

	/**
	 * A body of the governance in force agrees it, within that body's delegation, with
	 * the approval of every party whose obligations change. The delegation is the one in
	 * force at the later of the agreement's date and its proposal's; an agreement is not
	 * dated before its proposal, nor before the latest assessment without a reason.
	 */
	static Decision<JointAnswer> agreeAdaptation(PartnershipState state, AgreeAdaptation command) {
		Party acting = Acting.commissioner(state, command.identity());
		Adaptation adaptation = undecidedAdaptation(state, command.adaptationId(), "agreed");
		AgreeAdaptationRequest request = command.request();
		Instant decidedAt = command.occurredAt();
		GovernanceVersion inForce = governanceInForce(state, later(decidedAt, adaptation.proposedAt()));
		GovernanceBody body = bodyInForce(inForce, request.decidedBy());
		List<FieldProblem> problems = new ArrayList<>(notBefore(decidedAt, adaptation.proposedAt(), "its proposal"));
		problems.addAll(notBeforeLatestAssessmentUnexplained(state, decidedAt, request.backdatingReason()));
		inForce.beyondDelegation(body, adaptation)
			.forEach((reason) -> problems.add(new FieldProblem("decidedBy", reason)));
		problems.addAll(onlyItsOwnApproval(state, acting, request.approvals()));
		rejectExplaining("The adaptation cannot be agreed", problems);
		List<String> binds = JointDecisions.bindsForAdaptation(state, adaptation.category());
		String comment = request.approvals().isEmpty() ? null : request.approvals().get(0).comment();
		List<Approval> approvals = binds.stream()
			.map((partyId) -> new Approval(partyId, partyId.equals(acting.partyId()) ? comment : null))
			.toList();
		return JointDecisions.propose(state, command.identity(), acting, binds,
				new AdaptationAgreed(state.partnershipId(), adaptation.adaptationId(), body.bodyId(), approvals,
						request.conditions(), inForce.version(), blankToNull(request.backdatingReason()), decidedAt),
				request.authority());
	}

	/**
	 * The governance version an agreement is decided under when it comes into force on
	 * the given date, after the confirmations it waited for: the governance in force then
	 * (DOMAIN.md §4, business dates), which may be newer than the one it was proposed
	 * under. A newer governance that no longer gives its body the delegation keeps it out
	 * of force.
	 */
	static int delegationVersionAt(PartnershipState state, AdaptationAgreed agreed, String jointDecisionId,
			Instant at) {
		Adaptation adaptation = state.adaptations().get(agreed.adaptationId());
		GovernanceVersion inForce = governanceInForce(state, later(at, adaptation.proposedAt()));
		if (inForce.version() == agreed.delegationVersion()) {
			return inForce.version();
		}
		List<String> beyond = inForce.body(agreed.decidedByBodyId())
			.map((body) -> inForce.beyondDelegation(body, adaptation))
			.orElse(List.of(agreed.decidedByBodyId() + " is not one of its bodies"));
		if (!beyond.isEmpty()) {
			throw PartnershipRejection.conflict("Joint decision " + jointDecisionId + " cannot come into force on " + at
					+ ": governance version " + inForce.version() + ", agreed since it was proposed, is in force then, "
					+ "and under it the agreement is " + String.join("; ", beyond)
					+ ". Decline it, and propose the agreement again to a body whose delegation covers it");
		}
		return inForce.version();
	}

	static Decision<Long> rejectAdaptation(PartnershipState state, RejectAdaptation command) {
		Party acting = Acting.commissionerOrProvider(state, command.identity());
		Adaptation adaptation = existing(state.adaptations(), command.adaptationId(), "adaptation");
		aProviderActsOnlyOnItsOwnObligations(state, command.identity(), acting, adaptation,
				"A provider can reject only an adaptation that changes its own obligations");
		undecidedAdaptation(state, command.adaptationId(), "rejected");
		return Decision.of(new AdaptationRejected(state.partnershipId(), adaptation.adaptationId(),
				command.request().reasons(), command.occurredAt()), command.identity(), acting,
				command.request().authority());
	}

	static Decision<Long> withdrawAdaptation(PartnershipState state, WithdrawAdaptation command) {
		Party acting = Acting.proposer(state, command.identity());
		Adaptation adaptation = existing(state.adaptations(), command.adaptationId(), "adaptation");
		if (!acting.partyId().equals(adaptation.proposedByPartyId())) {
			throw PartnershipRejection.forbidden("Only the proposing party can withdraw its adaptation");
		}
		undecidedAdaptation(state, command.adaptationId(), "withdrawn");
		return Decision.of(new AdaptationWithdrawn(state.partnershipId(), adaptation.adaptationId(),
				command.request().reason(), command.occurredAt()), command.identity(), acting,
				command.request().authority());
	}

	static Decision<Long> implementAdaptation(PartnershipState state, ImplementAdaptation command) {
		Party acting = Acting.commissionerOrProvider(state, command.identity());
		Adaptation adaptation = existing(state.adaptations(), command.adaptationId(), "adaptation");
		theRightPartyImplements(state, command.identity(), acting, adaptation);
		requireStage(state, CommandRoute.IMPLEMENT_ADAPTATION, "implementing an adaptation");
		requireAdaptationStatus(adaptation, AdaptationStatus.AGREED, "implemented");
		aFormalVariationFollowsTheContractVariation(state, adaptation);
		return Decision.of(
				new AdaptationImplemented(state.partnershipId(), adaptation.adaptationId(),
						command.request().implementedOn(), command.request().notes(), command.occurredAt()),
				command.identity(), acting, command.request().authority());
	}

	static Decision<Long> evaluateAdaptationEffect(PartnershipState state, EvaluateAdaptationEffect command) {
		Party acting = Acting.commissionerOrProvider(state, command.identity());
		Adaptation adaptation = existing(state.adaptations(), command.adaptationId(), "adaptation");
		aProviderActsOnlyOnItsOwnObligations(state, command.identity(), acting, adaptation,
				"A provider evaluates only an adaptation that changed its own obligations");
		requireStage(state, CommandRoute.EVALUATE_ADAPTATION, "evaluating an adaptation");
		requireAdaptationStatus(adaptation, AdaptationStatus.IMPLEMENTED, "evaluated");
		return Decision.of(
				new AdaptationEffectEvaluated(state.partnershipId(), adaptation.adaptationId(),
						command.request().effect(), command.request().evidence(), command.occurredAt()),
				command.identity(), acting, command.request().authority());
	}

	/**
	 * Only a proposed or assessed adaptation is assessed, agreed, rejected or withdrawn.
	 */
	private static Adaptation undecidedAdaptation(PartnershipState state, String adaptationId, String beingDone) {
		Adaptation adaptation = existing(state.adaptations(), adaptationId, "adaptation");
		requireStage(state, CommandRoute.ASSESS_ADAPTATION, "An adaptation being " + beingDone);
		if (!adaptation.undecided()) {
			throw PartnershipRejection.conflict("Adaptation " + adaptationId + " is " + adaptation.status()
					+ "; only a proposed or assessed adaptation can be " + beingDone);
		}
		JointDecisions.waitingProposalOf(state, "adaptation " + adaptationId).ifPresent((pending) -> {
			throw PartnershipRejection.conflict("Adaptation " + adaptationId + " cannot be " + beingDone
					+ " while its agreement (" + pending.jointDecisionId() + ") waits for "
					+ JointDecisions.names(state, pending.awaiting()) + "; a party it binds may decline it first");
		});
		return adaptation;
	}

	private static void requireAdaptationStatus(Adaptation adaptation, AdaptationStatus needed, String beingDone) {
		if (adaptation.status() != needed) {
			throw PartnershipRejection.conflict("Adaptation " + adaptation.adaptationId() + " is " + adaptation.status()
					+ "; only an " + needed + " adaptation can be " + beingDone);
		}
	}

	/**
	 * No payments on an alignment partnership, so no price or rate change; and no
	 * contract to vary.
	 */
	private static List<FieldProblem> noPriceAndNoVariationOnAlignment(PartnershipState state,
			ProposeAdaptationRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (state.isAlignment() && request.category() == AdaptationCategory.PRICE_OR_RATE_CHANGE) {
			problems.add(new FieldProblem("category", "No payments on an alignment partnership, so no price or rate"));
		}
		if (state.isAlignment() && request.formality() == AdaptationFormality.FORMAL_VARIATION) {
			problems.add(new FieldProblem("formality", "An alignment partnership has no contract to vary"));
		}
		return problems;
	}

	private static Instant later(Instant one, Instant other) {
		return (other == null || one.isAfter(other)) ? one : other;
	}

	private static GovernanceVersion governanceInForce(PartnershipState state, Instant decidedAt) {
		return state.governance()
			.inForceAt(decidedAt)
			.orElseThrow(() -> PartnershipRejection.unprocessable(
					"No governance arrangements were in force on " + decidedAt
							+ "; agree governance before deciding adaptations",
					List.of(new FieldProblem("decidedBy", "No governance body was in force at the decision date"))));
	}

	private static GovernanceBody bodyInForce(GovernanceVersion inForce, String bodyId) {
		return inForce.body(bodyId)
			.orElseThrow(() -> PartnershipRejection.unprocessable(
					bodyId + " is not a body of governance version " + inForce.version(),
					List.of(new FieldProblem("decidedBy",
							"Name one of the bodies in force: " + inForce.bodies()
								.stream()
								.map((known) -> known.bodyId() + " (" + known.name() + ")")
								.collect(Collectors.joining(", "))))));
	}

	/**
	 * Nobody records another party's approval: the commissioner's request may carry its
	 * own party's comment and no other; each party the agreement binds confirms it
	 * itself.
	 */
	private static List<FieldProblem> onlyItsOwnApproval(PartnershipState state, Party acting,
			List<Approval> approvals) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < approvals.size(); i++) {
			String partyId = approvals.get(i).partyId();
			if (!partyId.equals(acting.partyId())) {
				problems.add(new FieldProblem("approvals[" + i + "].partyId",
						"Nobody records another party's approval: " + JointDecisions.names(state, List.of(partyId))
								+ " confirms the agreement itself once it is proposed"));
			}
		}
		return problems;
	}

	/**
	 * A provider rejects or evaluates only an adaptation that changes its obligations.
	 */
	private static void aProviderActsOnlyOnItsOwnObligations(PartnershipState state, Identity identity, Party acting,
			Adaptation adaptation, String refusal) {
		if (identity.role() == UserRole.PROVIDER && !JointDecisions.affects(state, adaptation, acting.partyId())) {
			throw PartnershipRejection.forbidden(refusal + "; " + acting.name() + " is not among the affected parties");
		}
	}

	/**
	 * A provider whose obligations it changes implements a service change; the
	 * commissioner implements a contract or payment change.
	 */
	private static void theRightPartyImplements(PartnershipState state, Identity identity, Party acting,
			Adaptation adaptation) {
		boolean byProvider = identity.role() == UserRole.PROVIDER;
		if (adaptation.implementedByProvider()
				&& !(byProvider && JointDecisions.affects(state, adaptation, acting.partyId()))) {
			throw PartnershipRejection
				.forbidden("A " + adaptation.category() + " is implemented by a provider whose obligations it changes");
		}
		if (!adaptation.implementedByProvider() && byProvider) {
			throw PartnershipRejection.forbidden(
					"A " + adaptation.category() + " is a contract or payment change: the commissioner implements it");
		}
	}

	/**
	 * A formal variation amends the contract: the contract variation is recorded first.
	 */
	private static void aFormalVariationFollowsTheContractVariation(PartnershipState state, Adaptation adaptation) {
		if (adaptation.formality() == AdaptationFormality.FORMAL_VARIATION
				&& !state.variedAdaptationIds().contains(adaptation.adaptationId())) {
			throw PartnershipRejection
				.conflict("A formal variation amends the contract: record the contract variation first");
		}
	}

	/** A payment mechanism change moves to a mechanism the model in force allows. */
	private static List<FieldProblem> theNewMechanismFitsTheModel(PartnershipState state,
			ProposeAdaptationRequest request) {
		PaymentMechanism mechanism = request.newPaymentMechanism();
		if (mechanism == null || state.chosenModel() == null || mechanism.isCompatibleWith(state.chosenModel())) {
			return List.of();
		}
		return List.of(new FieldProblem("newPaymentMechanism",
				mechanism + " does not go with the model in force, " + state.chosenModel()));
	}

}
