package org.partnershipledger.query.timeline;

import java.util.List;
import java.util.Locale;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointRescheduled;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.health.RelationalHealthResult;
import org.partnershipledger.query.web.PartyNames;

/** Plain-English lines for the events of review points (DOMAIN.md §4 items 15 to 17). */
final class ReviewEventSummaries {

	private final SummaryNames names;

	ReviewEventSummaries(SummaryNames names) {
		this.names = names;
	}

	/** The line for the event, or {@code null} if it is not a review point's. */
	String summarise(PartnershipEvent event) {
		if (event instanceof ReviewPointScheduled scheduled) {
			return "Scheduled " + article(words(scheduled.type().name())) + " due " + scheduled.dueDate() + " with "
					+ days(scheduled.graceDays()) + " of grace"
					+ ((scheduled.bodyId() != null) ? ", held by " + this.names.body(scheduled.bodyId()) : "")
					+ (scheduled.requiresRelationalHealthCheck() ? ", with a relational health check" : "");
		}
		if (event instanceof ReviewPointRescheduled rescheduled) {
			return "Moved " + this.names.review(rescheduled.reviewId()) + " to " + rescheduled.newDueDate() + ": "
					+ rescheduled.reason();
		}
		if (event instanceof ReviewPointHeld held) {
			return "Held " + this.names.review(held.reviewId()) + " on " + held.heldOn() + " with "
					+ parties(held.attendeePartyIds()) + ": performance " + words(held.performanceRating().name())
					+ ", " + count(held.decisions().size(), "decision") + ", " + count(held.actions().size(), "action")
					+ health(held);
		}
		if (event instanceof ReviewMinutesConfirmed confirmed) {
			return this.names.party(confirmed.partyId()) + " confirmed the minutes of "
					+ this.names.review(confirmed.reviewId())
					+ ((confirmed.dissent() != null && !confirmed.dissent().isBlank())
							? ", dissenting: " + confirmed.dissent() : ", without dissent");
		}
		if (event instanceof ReviewPointMissed missed) {
			return "Missed " + this.names.review(missed.reviewId()) + ": due " + missed.dueDate() + ", not held within "
					+ days(missed.graceDays()) + " of grace";
		}
		return null;
	}

	private static String health(ReviewPointHeld held) {
		if (held.relationalHealth() == null || held.relationalHealth().result() == null) {
			return "";
		}
		RelationalHealthResult result = held.relationalHealth().result();
		String flags = result.flags().isEmpty() ? "no flags"
				: String.join(", ", result.flags().stream().map((flag) -> words(flag.kind().name())).toList());
		return "; relational health " + words(result.rag().name()) + " (overall " + result.overall().toPlainString()
				+ ", " + flags + ")";
	}

	private String parties(List<String> partyIds) {
		List<String> named = partyIds.stream().map(this.names::party).toList();
		if (named.isEmpty()) {
			return "no party recorded";
		}
		return PartyNames.inWords(named);
	}

	private static String days(int days) {
		return (days == 1) ? "1 day" : days + " days";
	}

	private static String count(int n, String what) {
		return n + " " + what + ((n == 1) ? "" : "s");
	}

	private static String article(String phrase) {
		return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
	}

	private static String words(String code) {
		return code.replace('_', ' ').toLowerCase(Locale.ROOT);
	}

}
