package org.partnershipledger.query.partnership;

import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationStatus;

/** An adaptation as the iteration log links it to an iteration. */
public record LinkedAdaptation(String adaptationId, String title, AdaptationCategory category, AdaptationStatus status,
		Link link) {

	/** How the adaptation and the iteration are linked. */
	public enum Link {

		/** The iteration runs under this adaptation (outside the agreed flexibility). */
		RUNS_UNDER,
		/** The iteration's conclusion names it as the follow-up. */
		FOLLOW_UP,
		/** The adaptation names the iteration among its triggers. */
		TRIGGERED

	}

	static LinkedAdaptation of(Adaptation adaptation, Link link) {
		return new LinkedAdaptation(adaptation.adaptationId(), adaptation.title(), adaptation.category(),
				adaptation.status(), link);
	}

}
