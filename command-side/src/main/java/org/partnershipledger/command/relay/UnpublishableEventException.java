package org.partnershipledger.command.relay;

/**
 * An event that cannot be published as it is, such as a record larger than Kafka takes:
 * retrying will not help until someone acts. The relay still stops on it (never skips
 * it), and shows it on health and in a metric.
 */
public class UnpublishableEventException extends RelayFailedException {

	private final String partnershipId;

	private final long sequenceNumber;

	private final String eventId;

	public UnpublishableEventException(String partnershipId, long sequenceNumber, String eventId, String reason,
			Throwable cause) {
		super("Event #" + sequenceNumber + " of partnership " + partnershipId + " (" + eventId
				+ ") cannot be published: " + reason, cause);
		this.partnershipId = partnershipId;
		this.sequenceNumber = sequenceNumber;
		this.eventId = eventId;
	}

	public String partnershipId() {
		return this.partnershipId;
	}

	public long sequenceNumber() {
		return this.sequenceNumber;
	}

	public String eventId() {
		return this.eventId;
	}

}
