package org.partnershipledger.command.partnership;

import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.ConcludeIterationRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.api.StartIterationRequest;
import org.partnershipledger.command.partnership.IterationCommands.ConcludeIteration;
import org.partnershipledger.command.partnership.IterationCommands.RecordIteration;
import org.partnershipledger.command.partnership.IterationCommands.StartIteration;
import org.partnershipledger.events.ProviderIterationConcluded;
import org.partnershipledger.events.ProviderIterationRecorded;
import org.partnershipledger.events.ProviderIterationStarted;

import static org.partnershipledger.command.partnership.Guards.blankToNull;
import static org.partnershipledger.command.partnership.Guards.rejectExplaining;
import static org.partnershipledger.command.partnership.Guards.rejectIfAny;
import static org.partnershipledger.command.partnership.Guards.requireStage;
import static org.partnershipledger.command.partnership.Guards.unknownAdaptation;
import static org.partnershipledger.command.partnership.Guards.unknownMeasures;

/**
 * A provider's test-and-learn iterations: started and concluded, or recorded in one step
 * once finished (DOMAIN.md §4, 13–14).
 */
final class IterationDecisions {

	private IterationDecisions() {
	}

	static Decision<Long> startIteration(PartnershipState state, StartIteration command) {
		StartIterationRequest request = command.request();
		Party acting = Acting.providerFor(state, command.identity(), request.providerPartyId());
		requireStage(state, CommandRoute.START_ITERATION, "starting an iteration");
		rejectExplaining("The iteration breaks a rule of the partnership", anIterationStaysWithinItsFlexibility(state,
				request.withinAgreedFlexibility(), request.adaptationId(), request.linkedMeasureIds()));
		return Decision.of(
				new ProviderIterationStarted(state.partnershipId(), command.iterationId(), acting.partyId(),
						request.title(), request.hypothesis(), request.changeDescription(), request.cohortOrScope(),
						request.linkedMeasureIds(), request.startedOn(), request.plannedEndOn(),
						request.withinAgreedFlexibility(), blankToNull(request.adaptationId()), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	static Decision<Long> concludeIteration(PartnershipState state, ConcludeIteration command) {
		Party acting = Acting.provider(state, command.identity());
		Iteration iteration = state.iterations().get(command.iterationId());
		if (iteration == null) {
			throw PartnershipRejection.noSuch("There is no iteration " + command.iterationId());
		}
		if (!iteration.providerPartyId().equals(acting.partyId())) {
			throw PartnershipRejection.forbidden("Only the provider party whose iteration it is can conclude it");
		}
		requireStage(state, CommandRoute.CONCLUDE_ITERATION, "concluding an iteration");
		if (iteration.concluded()) {
			throw PartnershipRejection.conflict("Iteration " + iteration.iterationId() + " is already concluded");
		}
		ConcludeIterationRequest request = command.request();
		List<FieldProblem> problems = new ArrayList<>(
				unknownAdaptation(state, request.followUpAdaptationId(), "followUpAdaptationId"));
		if (request.endedOn().isBefore(iteration.startedOn())) {
			problems.add(new FieldProblem("endedOn", "The end must not be before the start, " + iteration.startedOn()));
		}
		rejectIfAny("The conclusion breaks a rule of the partnership", problems);
		return Decision.of(
				new ProviderIterationConcluded(state.partnershipId(), iteration.iterationId(), request.endedOn(),
						request.evidence(), request.result(), request.decision(), request.learningSummary(),
						blankToNull(request.followUpAdaptationId()), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	/** A finished iteration in one step: the rules of its start and of its follow-up. */
	static Decision<Long> recordIteration(PartnershipState state, RecordIteration command) {
		RecordIterationRequest request = command.request();
		Party acting = Acting.providerFor(state, command.identity(), request.providerPartyId());
		requireStage(state, CommandRoute.RECORD_ITERATION, "recording an iteration");
		List<FieldProblem> problems = new ArrayList<>(anIterationStaysWithinItsFlexibility(state,
				request.withinAgreedFlexibility(), request.adaptationId(), request.linkedMeasureIds()));
		problems.addAll(unknownAdaptation(state, request.followUpAdaptationId(), "followUpAdaptationId"));
		rejectIfAny("The iteration breaks a rule of the partnership", problems);
		return Decision.of(
				new ProviderIterationRecorded(state.partnershipId(), command.iterationId(), acting.partyId(),
						request.title(), request.hypothesis(), request.changeDescription(), request.cohortOrScope(),
						request.linkedMeasureIds(), request.startedOn(), request.plannedEndOn(),
						request.withinAgreedFlexibility(), blankToNull(request.adaptationId()), request.endedOn(),
						request.evidence(), request.result(), request.decision(), request.learningSummary(),
						blankToNull(request.followUpAdaptationId()), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	/**
	 * An iteration outside the agreed flexibility names the adaptation it needs, one
	 * still open or agreed (not rejected or withdrawn); what it names (measures,
	 * adaptation) is of this partnership.
	 */
	private static List<FieldProblem> anIterationStaysWithinItsFlexibility(PartnershipState state,
			boolean withinAgreedFlexibility, String adaptationId, List<String> linkedMeasureIds) {
		List<FieldProblem> problems = new ArrayList<>(unknownMeasures(state, linkedMeasureIds, "linkedMeasureIds"));
		if (!withinAgreedFlexibility && blankToNull(adaptationId) == null) {
			problems.add(new FieldProblem("adaptationId",
					"An iteration outside the agreed flexibility needs an adaptation: propose one and name it here"));
		}
		problems.addAll(unknownAdaptation(state, adaptationId, "adaptationId"));
		Adaptation named = (blankToNull(adaptationId) == null) ? null : state.adaptations().get(adaptationId);
		if (named != null && named.closed()) {
			problems.add(new FieldProblem("adaptationId", "Adaptation " + adaptationId + " is " + named.status()
					+ ": an iteration cannot rest on it; name an adaptation still open or agreed"));
		}
		return problems;
	}

}
