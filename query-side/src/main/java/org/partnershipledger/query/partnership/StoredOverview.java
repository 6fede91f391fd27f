package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.Period;

/**
 * The overview as it is stored, one document per partnership beside the columns the
 * portfolio filters on: everything but the items that grow with its life, which are
 * stored a row each (see {@link ItemKind}), and how many of each there are. Its shape is
 * the store's, free to change with a migration; the API's is {@link PartnershipOverview}.
 *
 * @param totals how many items of each kind the partnership has
 * @param scheduledReviews the reviews still scheduled, overdue ones too: what the
 * portfolio counts
 * @param latestHealthCheck the latest relational health check held, for the dashboard
 * @param reassessmentTriggers what the events since the latest assessment do to make a
 * reassessment due (see {@link ReassessmentRule#triggers})
 * @param latestOccurredAt the latest business date of the events applied, so that a view
 * as effective on a date knows whether it may start from this state
 */
public record StoredOverview(String partnershipId, String title, String description, String serviceArea,
		LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
		PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment,
		PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
		ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
		Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
		GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
		List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance, List<OutcomeMeasure> measures,
		Evolution evolution, ContractNow contractNow, ContractTermination termination,
		InstrumentEnding instrumentEnding, Closure closure, Map<ItemKind, Integer> totals,
		List<Review> scheduledReviews, LatestHealth latestHealthCheck, List<ReassessmentReason> reassessmentTriggers,
		Instant latestOccurredAt, List<JointDecision> pendingDecisions) {

	public StoredOverview {
		pendingDecisions = copy(pendingDecisions);
		parties = copy(parties);
		earlierVisions = copy(earlierVisions);
		earlierPrinciples = copy(earlierPrinciples);
		earlierGovernance = copy(earlierGovernance);
		measures = copy(measures);
		evolution = (evolution == null) ? Evolution.EMPTY : evolution;
		totals = (totals == null) ? Map.of() : Map.copyOf(totals);
		scheduledReviews = copy(scheduledReviews);
		reassessmentTriggers = copy(reassessmentTriggers);
	}

	/**
	 * The earliest due date of the reviews still scheduled (in the past when one is
	 * overdue), {@code null} when none is.
	 */
	public LocalDate nextReviewDue() {
		return this.scheduledReviews.stream()
			.map(Review::dueDate)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/** The reviews overdue on {@code today}, the longest overdue first. */
	public List<Review> reviewsOverdueOn(LocalDate today) {
		return this.scheduledReviews.stream()
			.filter((review) -> review.overdueOn(today))
			.sorted(Comparator.comparing(Review::dueDate))
			.toList();
	}

	private static <T> List<T> copy(List<T> list) {
		return (list == null) ? List.of() : List.copyOf(list);
	}

}
