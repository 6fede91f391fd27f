package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Actor;

/**
 * A provider's test-and-learn iteration: the hypothesis and the change it tries, and,
 * once concluded, the evidence, result, decision and what was learnt.
 *
 * @param adaptationId the adaptation it runs under when outside the agreed flexibility
 * @param conclusion {@code null} while it runs
 * @param startedAt when it was recorded as started (business time)
 */
public record Iteration(String iterationId, String providerPartyId, String providerPartyName, String title,
		String hypothesis, String changeDescription, String cohortOrScope, List<String> linkedMeasureIds,
		LocalDate startedOn, LocalDate plannedEndOn, boolean withinAgreedFlexibility, String adaptationId,
		Instant startedAt, Actor actor, IterationConclusion conclusion) {

	public Iteration {
		linkedMeasureIds = (linkedMeasureIds == null) ? List.of() : List.copyOf(linkedMeasureIds);
	}

	/** Whether it has been concluded. */
	public boolean concluded() {
		return this.conclusion != null;
	}

	Iteration concludedWith(IterationConclusion value) {
		return new Iteration(this.iterationId, this.providerPartyId, this.providerPartyName, this.title,
				this.hypothesis, this.changeDescription, this.cohortOrScope, this.linkedMeasureIds, this.startedOn,
				this.plannedEndOn, this.withinAgreedFlexibility, this.adaptationId, this.startedAt, this.actor, value);
	}

}
