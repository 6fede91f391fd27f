package org.partnershipledger.command.relay;

import org.partnershipledger.events.wire.EventEnvelope;

/** Publishes one envelope and returns only once it is durably acknowledged. */
public interface EnvelopeSender {

	/**
	 * Sends the envelope and waits for the acknowledgement.
	 * @throws RelayFailedException if it was not acknowledged
	 */
	void send(EventEnvelope envelope);

}
