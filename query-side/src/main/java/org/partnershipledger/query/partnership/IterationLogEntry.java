package org.partnershipledger.query.partnership;

import java.util.List;

/**
 * One line of the iteration log: the iteration (hypothesis, evidence, result, decision)
 * and the adaptations it is linked to.
 */
public record IterationLogEntry(Iteration iteration, List<LinkedAdaptation> adaptations) {

	public IterationLogEntry {
		adaptations = (adaptations == null) ? List.of() : List.copyOf(adaptations);
	}

}
