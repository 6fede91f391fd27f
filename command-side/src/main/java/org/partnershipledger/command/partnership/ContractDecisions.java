package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.api.ClosePartnershipRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.TerminateContractRequest;
import org.partnershipledger.api.VaryContractRequest;
import org.partnershipledger.command.partnership.AccountabilityCommands.RaiseAuditFinding;
import org.partnershipledger.command.partnership.AccountabilityCommands.RecordTransparencyNotice;
import org.partnershipledger.command.partnership.AccountabilityCommands.RespondToAuditFinding;
import org.partnershipledger.command.partnership.ContractCommands.ClosePartnership;
import org.partnershipledger.command.partnership.ContractCommands.EndAlignmentInstrument;
import org.partnershipledger.command.partnership.ContractCommands.ExtendContract;
import org.partnershipledger.command.partnership.ContractCommands.TerminateContract;
import org.partnershipledger.command.partnership.ContractCommands.VaryContract;
import org.partnershipledger.events.AlignmentInstrumentEnded;
import org.partnershipledger.events.ContractExtended;
import org.partnershipledger.events.ContractTerminated;
import org.partnershipledger.events.ContractVaried;
import org.partnershipledger.events.PartnershipClosed;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;

import static org.partnershipledger.command.partnership.Guards.blankToNull;
import static org.partnershipledger.command.partnership.Guards.notBefore;
import static org.partnershipledger.command.partnership.Guards.notBeforeLatestAssessmentUnexplained;
import static org.partnershipledger.command.partnership.Guards.rejectExplaining;
import static org.partnershipledger.command.partnership.Guards.requireStage;

/**
 * Contract change and exit: the contract varied on an agreed adaptation, extended within
 * its maximum extent or terminated, the alignment instrument ended, the partnership
 * closed, and after closure only accountability (DOMAIN.md §4, 21–22).
 */
final class ContractDecisions {

	/** How far a variation may go beyond its agreed impact, for rounding. */
	private static final BigDecimal ROUNDING_ALLOWANCE_PCT = new BigDecimal("0.5");

	private ContractDecisions() {
	}

	static Decision<Long> varyContract(PartnershipState state, VaryContract command) {
		Party acting = Acting.commissioner(state, command.identity());
		ContractTerms terms = contractToChange(state, "varying the contract");
		requireStage(state, CommandRoute.VARY_CONTRACT, "varying the contract");
		VaryContractRequest request = command.request();
		Adaptation source = state.adaptations().get(request.sourceAdaptationId());
		if (source != null && state.variedAdaptationIds().contains(source.adaptationId())) {
			throw PartnershipRejection
				.conflict("The contract variation for adaptation " + source.adaptationId() + " is already recorded");
		}
		List<FieldProblem> problems = new ArrayList<>(aVariationRestsOnAnAgreedAdaptation(request, source));
		problems.addAll(theVariedTermsFitTheContract(request, terms));
		problems.addAll(aRequiredNoticeIsPublishedBeforeTheVariation(request));
		if (source != null) {
			problems.addAll(notBefore(command.occurredAt(), source.agreedAt(), "the agreement it rests on"));
			if (problems.isEmpty()) {
				problems.addAll(aVariationStaysWithinItsAgreedImpact(request, source, terms));
			}
		}
		problems.addAll(notBeforeLatestAssessmentUnexplained(state, command.occurredAt(), request.backdatingReason()));
		rejectExplaining("The contract variation breaks a rule of the partnership", problems);
		Money after = request.valueAfter();
		LocalDate endAfter = request.termEndAfter();
		return Decision.of(new ContractVaried(state.partnershipId(), command.variationId(), terms.contractId(),
				source.adaptationId(), request.category(), request.legalGround(), terms.value(), after, terms.endDate(),
				endAfter, terms.valueChangePct(after), terms.termChangePct(endAfter),
				terms.cumulativeValueChangePct(after), terms.cumulativeTermChangePct(endAfter), request.effectiveDate(),
				request.noticeRequired(), blankToNull(request.noticeReference()), request.noticePublishedOn(),
				request.isVoluntaryPublication(), blankToNull(request.backdatingReason()), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	/**
	 * An extension ends later than now, and no later than the contract's maximum extent.
	 */
	static Decision<Long> extendContract(PartnershipState state, ExtendContract command) {
		Party acting = Acting.commissioner(state, command.identity());
		ContractTerms terms = contractToChange(state, "extending the contract");
		requireStage(state, CommandRoute.EXTEND_CONTRACT, "extending the contract");
		ExtendContractRequest request = command.request();
		LocalDate newEnd = request.newEndDate();
		List<FieldProblem> problems = new ArrayList<>();
		if (!newEnd.isAfter(terms.endDate())) {
			problems.add(new FieldProblem("newEndDate", "An extension ends after the current end, " + terms.endDate()));
		}
		if (terms.maxExtent() == null) {
			problems.add(new FieldProblem("newEndDate",
					"The contract's period allows no extension (it has no maximum extent)"));
		}
		else if (newEnd.isAfter(terms.maxExtent())) {
			problems.add(new FieldProblem("newEndDate",
					"The contract may be extended to " + terms.maxExtent() + " at most"));
		}
		problems.addAll(notBeforeLatestAssessmentUnexplained(state, command.occurredAt(), request.backdatingReason()));
		rejectExplaining("The extension is beyond what the contract allows", problems);
		return Decision.of(
				new ContractExtended(state.partnershipId(), terms.contractId(), terms.endDate(), newEnd,
						request.reason(), blankToNull(request.backdatingReason()), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	static Decision<Long> terminateContract(PartnershipState state, TerminateContract command) {
		Party acting = Acting.commissioner(state, command.identity());
		ContractTerms terms = contractToChange(state, "terminating the contract");
		requireStage(state, CommandRoute.TERMINATE_CONTRACT, "terminating the contract");
		TerminateContractRequest request = command.request();
		return Decision.of(
				new ContractTerminated(state.partnershipId(), terms.contractId(), request.reason(),
						request.terminationDate(), request.explanation(), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	static Decision<Long> endAlignmentInstrument(PartnershipState state, EndAlignmentInstrument command) {
		Party acting = Acting.commissioner(state, command.identity());
		if (!state.isAlignment()) {
			throw PartnershipRejection.unprocessable("Only an alignment partnership has an instrument to end; this "
					+ "one's model is " + state.chosenModel() + ", so terminate its contract instead", List.of());
		}
		requireStage(state, CommandRoute.END_ALIGNMENT_INSTRUMENT, "ending the alignment instrument");
		EndAlignmentInstrumentRequest request = command.request();
		return Decision.of(new AlignmentInstrumentEnded(state.partnershipId(), state.instrumentId(), request.endedOn(),
				request.reason(), command.occurredAt()), command.identity(), acting, request.authority());
	}

	static Decision<Long> closePartnership(PartnershipState state, ClosePartnership command) {
		Party acting = Acting.commissioner(state, command.identity());
		if (!CommandRoute.CLOSE_PARTNERSHIP.stage().accepts(state.status())) {
			throw PartnershipRejection.conflict("A partnership closes once it is EXITING (its contract terminated "
					+ "or its instrument ended); it is " + state.status());
		}
		ClosePartnershipRequest request = command.request();
		return Decision.of(new PartnershipClosed(state.partnershipId(), request.closedOn(), request.summary(),
				request.lessons(), command.occurredAt()), command.identity(), acting, request.authority());
	}

	/**
	 * Once CLOSED, a partnership accepts only audit findings, their responses and
	 * transparency notices: every other command is refused (409) after the usual check of
	 * who may act, so that outsiders still learn nothing.
	 */
	static void onlyAccountabilityOnceClosed(PartnershipState state, Object command) {
		if (state.status() == PartnershipStatus.CLOSED && command instanceof PartnershipCommand partnershipCommand
				&& !(command instanceof RecordTransparencyNotice || command instanceof RaiseAuditFinding
						|| command instanceof RespondToAuditFinding)) {
			if (partnershipCommand.identity() != null) {
				Acting.party(state, partnershipCommand.identity());
			}
			throw new PartnershipAlreadyClosed("The partnership is CLOSED: only audit findings, their responses "
					+ "and transparency notices are accepted");
		}
	}

	/** The contract, for a change to it: an alignment partnership has none (422). */
	private static ContractTerms contractToChange(PartnershipState state, String doing) {
		if (state.isAlignment()) {
			throw PartnershipRejection.unprocessable(
					"No contract changes on an alignment partnership: it has no contract (" + doing + ")", List.of());
		}
		if (state.contract() == null) {
			throw PartnershipRejection.conflict("There is no contract yet; the partnership is " + state.status());
		}
		return state.contract();
	}

	/**
	 * A variation rests on an AGREED adaptation of this partnership: a FORMAL_VARIATION,
	 * or one of the category varied.
	 */
	private static List<FieldProblem> aVariationRestsOnAnAgreedAdaptation(VaryContractRequest request,
			Adaptation source) {
		if (source == null) {
			return List.of(new FieldProblem("sourceAdaptationId",
					"There is no adaptation " + request.sourceAdaptationId() + " in this partnership"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (source.status() != AdaptationStatus.AGREED) {
			problems.add(new FieldProblem("sourceAdaptationId", "Adaptation " + source.adaptationId() + " is "
					+ source.status() + "; a contract variation rests on an AGREED adaptation"));
		}
		if (source.formality() != AdaptationFormality.FORMAL_VARIATION && source.category() != request.category()) {
			problems.add(new FieldProblem("sourceAdaptationId",
					"Adaptation " + source.adaptationId() + " is a " + source.formality() + " " + source.category()
							+ "; a contract variation needs a FORMAL_VARIATION or an "
							+ "adaptation of the category varied, " + request.category()));
		}
		return problems;
	}

	/**
	 * The value after is in the contract's currency; the term does not end before it
	 * starts.
	 */
	private static List<FieldProblem> theVariedTermsFitTheContract(VaryContractRequest request, ContractTerms terms) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!request.valueAfter().currency().equals(terms.value().currency())) {
			problems.add(new FieldProblem("valueAfter.currency",
					"The contract is in " + terms.value().currency() + "; give the value after in it too"));
		}
		if (request.termEndAfter().isBefore(terms.startDate())) {
			problems.add(new FieldProblem("termEndAfter",
					"The term must not end before the contract starts, " + terms.startDate()));
		}
		return problems;
	}

	/**
	 * A variation changes the value and term no more than the adaptation it rests on was
	 * agreed to (in the same direction): a larger change needs an agreement of its own,
	 * within the delegation in force. Half a percentage point is allowed for rounding and
	 * for counting a term in days.
	 */
	private static List<FieldProblem> aVariationStaysWithinItsAgreedImpact(VaryContractRequest request,
			Adaptation source, ContractTerms terms) {
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal value = terms.valueChangePct(request.valueAfter());
		if (beyond(value, source.valueChangePct())) {
			problems.add(new FieldProblem("valueAfter", beyondAgreed("value", value, source)));
		}
		BigDecimal term = terms.termChangePct(request.termEndAfter());
		if (beyond(term, source.termChangePct())) {
			problems.add(new FieldProblem("termEndAfter", beyondAgreed("term", term, source)));
		}
		return problems;
	}

	private static boolean beyond(BigDecimal actual, BigDecimal agreed) {
		BigDecimal expected = (agreed == null) ? BigDecimal.ZERO : agreed;
		boolean opposite = actual.signum() != 0 && expected.signum() != 0 && actual.signum() != expected.signum();
		return opposite || actual.abs().subtract(expected.abs()).compareTo(ROUNDING_ALLOWANCE_PCT) > 0;
	}

	private static String beyondAgreed(String what, BigDecimal actual, Adaptation source) {
		BigDecimal expected = "value".equals(what) ? source.valueChangePct() : source.termChangePct();
		return "The variation changes the " + what + " by " + GovernanceVersion.percent(actual) + ", but adaptation "
				+ source.adaptationId() + " was agreed for " + GovernanceVersion.percent(expected)
				+ ": a larger change needs its own agreement within the delegation in force; propose and agree an "
				+ "adaptation for it";
	}

	private static List<FieldProblem> aRequiredNoticeIsPublishedBeforeTheVariation(VaryContractRequest request) {
		if (request.noticeRequired() && request.noticePublishedOn() != null
				&& !request.noticePublishedOn().isBefore(request.effectiveDate())) {
			return List.of(new FieldProblem("noticePublishedOn", "The contract change notice must be published "
					+ "before the variation takes effect on " + request.effectiveDate()));
		}
		return List.of();
	}

}
