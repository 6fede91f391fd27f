package org.partnershipledger.query.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an auditor asks of every event besides who and when (DOMAIN.md §8): the rationale,
 * the justification, the reasons and the approvals, where its payload has them.
 */
public final class EventDetails {

	private EventDetails() {
	}

	public static List<EventDetail> of(JsonNode payload, SummaryNames names) {
		List<EventDetail> details = new ArrayList<>();
		if (payload == null) {
			return details;
		}
		text(payload, "rationale", "Rationale", details);
		text(payload, "departureJustification", "Justification", details);
		JsonNode codes = payload.path("departureReasonCodes");
		if (codes.isArray() && !codes.isEmpty()) {
			List<String> words = new ArrayList<>();
			codes.forEach((code) -> words.add(words(code.asText())));
			details.add(new EventDetail("Reasons for departing", String.join(", ", words)));
		}
		text(payload, "reason", "Reason", details);
		text(payload, "reasons", "Reasons", details);
		JsonNode approvals = payload.path("approvals");
		if (approvals.isArray() && !approvals.isEmpty()) {
			List<String> lines = new ArrayList<>();
			for (JsonNode approval : approvals) {
				String comment = approval.path("comment").asText("");
				lines.add(names.party(approval.path("partyId").asText())
						+ (comment.isBlank() ? "" : ": \u201c" + comment + "\u201d"));
			}
			details.add(new EventDetail("Approved by", String.join("; ", lines)));
		}
		return details;
	}

	private static void text(JsonNode payload, String field, String label, List<EventDetail> details) {
		JsonNode value = payload.path(field);
		if (value.isTextual() && !value.asText().isBlank()) {
			details.add(new EventDetail(label, value.asText()));
		}
	}

	private static String words(String code) {
		String lower = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

}
