package org.partnershipledger.query.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * One event on the timeline page: what happened in plain words, who did it for which
 * party, under what authority, when it took effect and when it was recorded, why and with
 * whose approval, and the envelope as stored.
 *
 * @param actorParty the name of the party the person acted for, {@code null} if none
 * @param recordedLater whether it was recorded on a later day than it took effect
 * (back-dated)
 * @param json the envelope, pretty-printed
 */
record TimelineRow(EventEnvelope envelope, String title, String summary, String actorParty, List<EventDetail> details,
		boolean recordedLater, String json) {

	static TimelineRow of(EventEnvelope envelope, SummaryNames names) {
		String party = (envelope.actor() == null || envelope.actor().partyId() == null) ? null
				: names.party(envelope.actor().partyId());
		LocalDate occurred = LocalDate.ofInstant(envelope.occurredAt(), BusinessCalendar.UK);
		LocalDate recorded = LocalDate.ofInstant(envelope.recordedAt(), BusinessCalendar.UK);
		return new TimelineRow(envelope, words(envelope.type()), EventSummaries.summarise(envelope, names), party,
				EventDetails.of(envelope.currentPayload(), names), recorded.isAfter(occurred), pretty(envelope));
	}

	/**
	 * An event type's wire name in words: {@code AdaptationAgreed} is "Adaptation
	 * agreed".
	 */
	static String words(String type) {
		String spaced = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static String pretty(EventEnvelope envelope) {
		try {
			return LedgerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(envelope);
		}
		catch (JsonProcessingException ex) {
			return LedgerJson.write(envelope);
		}
	}

}
