package org.partnershipledger.query.timeline;

import java.util.Locale;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipModelTransitioned;
import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.wire.EventEnvelope;

/** One plain-English line per event, for timelines and the events API. */
public final class EventSummaries {

	private EventSummaries() {
	}

	public static String summarise(EventEnvelope envelope) {
		return summarise(envelope, SummaryNames.IDS);
	}

	/**
	 * The line for an event, calling parties, adaptations, iterations and bodies by the
	 * names given.
	 */
	public static String summarise(EventEnvelope envelope, SummaryNames names) {
		PartnershipEvent event;
		try {
			event = envelope.event();
		}
		catch (RuntimeException ex) {
			return envelope.type();
		}
		if (event instanceof PartnershipRegistered registered) {
			return "Registered \u201c" + registered.title() + "\u201d, commissioned by "
					+ registered.commissioningParty().name();
		}
		if (event instanceof PartyJoined joined) {
			return joined.party().name() + " joined as " + words(joined.roles().toString().replaceAll("[\\[\\]]", ""))
					+ " on the basis of " + words(joined.basis().name());
		}
		if (event instanceof ServiceCharacteristicsAssessed assessed) {
			Recommendation recommendation = assessed.recommendation();
			return (assessed.isReassessment() ? "Reassessed" : "Assessed") + " the service ("
					+ words(assessed.trigger().name()) + "): recommended " + recommendation.model().label() + ", index "
					+ recommendation.index() + ", confidence " + words(recommendation.confidence().name());
		}
		if (event instanceof PartnershipModelChosen chosen) {
			return "Chose a " + chosen.chosenModel().label() + " with " + words(chosen.paymentMechanism().name())
					+ " payment"
					+ (chosen.departsFromRecommendation()
							? ", departing from the recommended " + chosen.recommendedModel().label()
							: ", as recommended");
		}
		if (event instanceof PartnershipModelTransitioned moved) {
			return "Moved from a " + moved.previousModel().label() + " to a " + moved.newModel().label() + " with "
					+ words(moved.newPaymentMechanism().name()) + " payment"
					+ (moved.departsFromRecommendation()
							? ", departing from the recommended " + moved.recommendedModel().label()
							: ", as recommended")
					+ (moved.pending().isEmpty() ? "" : "; in force once recorded: "
							+ String.join(", ", moved.pending().stream().map(TransitionPrerequisite::words).toList()));
		}
		String relational = new RelationalEventSummaries(names).summarise(event);
		if (relational != null) {
			return relational;
		}
		String review = new ReviewEventSummaries(names).summarise(event);
		if (review != null) {
			return review;
		}
		String accountability = new ContractAndAccountabilityEventSummaries(names).summarise(event);
		return (accountability != null) ? accountability : envelope.type();
	}

	private static String words(String code) {
		return code.replace('_', ' ').toLowerCase(Locale.ROOT);
	}

}
