package org.partnershipledger.events.wire;

/** Kafka topics and record headers. */
public final class Topics {

	/**
	 * Every stored event, keyed by partnership id so order per partnership holds.
	 * Unlimited retention, no compaction: a new query side replays it from offset 0.
	 */
	public static final String PARTNERSHIP_EVENTS = "partnership-events.v1";

	public static final String HEADER_EVENT_ID = "eventId";

	public static final String HEADER_TYPE = "type";

	public static final String HEADER_REVISION = "revision";

	public static final String HEADER_PARTNERSHIP_ID = "partnershipId";

	public static final String HEADER_SEQUENCE_NUMBER = "sequenceNumber";

	private Topics() {
	}

}
