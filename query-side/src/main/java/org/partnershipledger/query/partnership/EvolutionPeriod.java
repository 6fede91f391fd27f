package org.partnershipledger.query.partnership;

import java.time.Instant;

import org.partnershipledger.events.framework.PartnershipModel;

/**
 * One stretch of a partnership's life during which neither the recommendation nor the
 * choice in force changed (DOMAIN.md §2.5). Dates are business dates
 * ({@code occurredAt}).
 *
 * @param from when the assessment or choice that opened the period occurred
 * @param to when the next one occurred; {@code null} for the current period
 * @param recommendedModel what the latest assessment recommended
 * @param chosenModel the model in force, {@code null} before the first choice
 * @param divergent whether a model is chosen and differs from the recommendation
 * @param justified only for a divergent period: whether the choice in force carries a
 * departure justification; {@code null} when the period is not divergent
 */
public record EvolutionPeriod(Instant from, Instant to, PartnershipModel recommendedModel, PartnershipModel chosenModel,
		boolean divergent, Boolean justified) {

	/** The period opened at {@code from}, judged against the choice in force. */
	static EvolutionPeriod open(Instant from, PartnershipModel recommended, PartnershipModel chosen,
			boolean choiceJustified) {
		boolean divergent = recommended != null && chosen != null && recommended != chosen;
		return new EvolutionPeriod(from, null, recommended, chosen, divergent, divergent ? choiceJustified : null);
	}

	EvolutionPeriod closedAt(Instant end) {
		return new EvolutionPeriod(this.from, end, this.recommendedModel, this.chosenModel, this.divergent,
				this.justified);
	}

	/** Whether this is the current period. */
	public boolean current() {
		return this.to == null;
	}

}
