package org.partnershipledger.events.wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipledger.events.EventTypes;

/**
 * The one place that knows how an event's payload changed between schema revisions: per
 * wire name, a step from revision {@code n} to {@code n + 1} as a pure JSON-to-JSON
 * function. A stored event is never rewritten: its JSON stays as it was written (the hash
 * chain covers it, the relay publishes it with its own revision), and every reader
 * migrates it when it reads it -- {@link EventEnvelope#event()} on the query side, the
 * command side's Axon upcaster when the aggregate replays its history.
 * <p>
 * To change an event's shape: raise its {@code @SchemaRevision}, add the step from the
 * previous revision here, and keep the previous golden file as
 * {@code golden/<Type>.r<previous>.json}.
 */
public final class EventMigrations {

	private static final Map<String, Step> STEPS = new HashMap<>();

	static {
		step("AdaptationRejected", 1, "the field `reasons` is named `reason`, as on AdaptationWithdrawn",
				(payload) -> renamed(payload, "reasons", "reason"));
		step("PartyLeft", 1,
				"`lapsedJointDecisionIds` names the joint decisions still waiting that lapse as the party leaves",
				(payload) -> {
					payload.putArray("lapsedJointDecisionIds");
					return payload;
				});
	}

	private EventMigrations() {
	}

	private static void step(String type, int from, String change, UnaryOperator<ObjectNode> migration) {
		STEPS.put(key(type, Integer.toString(from)), new Step(change, migration));
	}

	/**
	 * What changed at each revision of an event type after the first, in order: for
	 * readers of the topic, where records keep the revision they were stored with.
	 */
	public static List<String> changesOf(String type) {
		int current = EventTypes.classOf(type)
			.map((eventClass) -> Integer.parseInt(EventTypes.revisionOf(eventClass)))
			.orElse(1);
		List<String> changes = new ArrayList<>();
		for (int from = 1; from < current; from++) {
			Step step = STEPS.get(key(type, Integer.toString(from)));
			if (step != null) {
				changes.add("revision " + (from + 1) + ": " + step.change());
			}
		}
		return changes;
	}

	/** Whether a payload of this type and revision needs migrating to be read. */
	public static boolean isOutdated(String type, String revision) {
		return EventTypes.classOf(type)
			.map((eventClass) -> !EventTypes.revisionOf(eventClass).equals(revision))
			.orElse(false);
	}

	/**
	 * The payload of an event of this type, written at {@code revision}, migrated step by
	 * step to the event class's current revision. The given node is left as it is.
	 * @throws IllegalArgumentException if the type is unknown, the payload is no JSON
	 * object or a step is missing
	 */
	public static JsonNode toCurrent(String type, String revision, JsonNode payload) {
		Class<?> eventClass = EventTypes.classOf(type)
			.orElseThrow(() -> new IllegalArgumentException("Unknown event type '" + type + "'"));
		if (payload == null || !payload.isObject()) {
			throw new IllegalArgumentException("The payload of a " + type + " is not a JSON object");
		}
		String current = EventTypes.revisionOf(eventClass);
		JsonNode migrated = payload;
		String at = revision;
		while (!current.equals(at)) {
			Step step = STEPS.get(key(type, at));
			if (step == null) {
				throw new IllegalArgumentException(
						"No migration from revision " + revision + " to " + current + " of " + type);
			}
			migrated = step.migration().apply(((ObjectNode) migrated).deepCopy());
			at = Integer.toString(Integer.parseInt(at) + 1);
		}
		return migrated;
	}

	private static String key(String type, String revision) {
		return type + "@" + revision;
	}

	private record Step(String change, UnaryOperator<ObjectNode> migration) {
	}

	private static ObjectNode renamed(ObjectNode payload, String from, String to) {
		JsonNode value = payload.remove(from);
		if (value != null) {
			payload.set(to, value);
		}
		return payload;
	}

}
