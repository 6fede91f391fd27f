package org.partnershipledger.command.relay;

/**
 * An event that cannot be published as it is, such as a record larger than Kafka takes:
 * retrying will not help until someone acts. The relay still stops on it (never skips
 * it), and shows it on health and in a metric.
 */
public class UnpublishableEventException extends RelayFailedException {

	private final StuckEvent event;

	public UnpublishableEventException(String partnershipId, long sequenceNumber, String eventId, String reason,
			Throwable cause) {
		super("Event #" + sequenceNumber + " of partnership " + partnershipId + " (" + eventId
				+ ") cannot be published: " + reason, cause);
		this.event = new StuckEvent(partnershipId, sequenceNumber, eventId);
	}

	/** The event that cannot be published. */
	public StuckEvent event() {
		return this.event;
	}

	/** Which event it is. */
	public record StuckEvent(String partnershipId, long sequenceNumber, String eventId) {
	}

}
