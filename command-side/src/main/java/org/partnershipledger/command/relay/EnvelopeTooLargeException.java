package org.partnershipledger.command.relay;

/**
 * An event whose envelope Kafka would not take: refused before it is appended, so nothing
 * unpublishable enters the append-only store.
 */
public class EnvelopeTooLargeException extends RuntimeException {

	private final String field;

	private final long envelopeBytes;

	private final long limitBytes;

	EnvelopeTooLargeException(String type, String field, long fieldBytes, long envelopeBytes, long limitBytes) {
		super("The " + type + " event this change records would take " + envelopeBytes
				+ " bytes as published, more than the " + limitBytes + " bytes a record may have; its largest field, "
				+ field + ", has " + fieldBytes
				+ " bytes. Shorten it (or attach the document elsewhere and refer to it)." + " Nothing was recorded.");
		this.field = field;
		this.envelopeBytes = envelopeBytes;
		this.limitBytes = limitBytes;
	}

	/** The largest field, as a path such as {@code authority.reference}. */
	public String field() {
		return this.field;
	}

	public long envelopeBytes() {
		return this.envelopeBytes;
	}

	public long limitBytes() {
		return this.limitBytes;
	}

}
