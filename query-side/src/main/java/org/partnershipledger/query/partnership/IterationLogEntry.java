package org.partnershipledger.query.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of the iteration log: the iteration (hypothesis, evidence, result, decision)
 * and the adaptations it is linked to.
 */
public record IterationLogEntry(Iteration iteration, List<LinkedAdaptation> adaptations) {

	public IterationLogEntry {
		adaptations = (adaptations == null) ? List.of() : List.copyOf(adaptations);
	}

	/**
	 * The iteration with the adaptations it is linked to: the one it runs under, its
	 * follow-up, and those that name it among their triggers.
	 */
	public static IterationLogEntry of(Iteration iteration, List<Adaptation> adaptations) {
		List<LinkedAdaptation> linked = new ArrayList<>();
		Optional<Adaptation> runsUnder = find(adaptations, iteration.adaptationId());
		runsUnder.ifPresent((found) -> linked.add(LinkedAdaptation.of(found, LinkedAdaptation.Link.RUNS_UNDER)));
		if (iteration.conclusion() != null) {
			find(adaptations, iteration.conclusion().followUpAdaptationId())
				.ifPresent((found) -> linked.add(LinkedAdaptation.of(found, LinkedAdaptation.Link.FOLLOW_UP)));
		}
		for (Adaptation adaptation : adaptations) {
			if (adaptation.triggeredBy(iteration.iterationId())
					&& linked.stream().noneMatch((link) -> link.adaptationId().equals(adaptation.adaptationId()))) {
				linked.add(LinkedAdaptation.of(adaptation, LinkedAdaptation.Link.TRIGGERED));
			}
		}
		return new IterationLogEntry(iteration, linked);
	}

	private static Optional<Adaptation> find(List<Adaptation> adaptations, String adaptationId) {
		return (adaptationId == null) ? Optional.empty()
				: adaptations.stream()
					.filter((adaptation) -> adaptation.adaptationId().equals(adaptationId))
					.findFirst();
	}

}
