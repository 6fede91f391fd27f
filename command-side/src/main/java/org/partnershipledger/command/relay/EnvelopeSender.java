package org.partnershipledger.command.relay;

import java.util.concurrent.CompletableFuture;

import org.partnershipledger.events.wire.EventEnvelope;

/** Publishes envelopes without waiting, in the order they are given. */
public interface EnvelopeSender {

	/**
	 * Sends the envelope. Envelopes of one partnership sent one after the other reach the
	 * topic in that order.
	 * @return completes once the envelope is durably acknowledged, or exceptionally with
	 * a {@link RelayFailedException}
	 */
	CompletableFuture<Void> send(EventEnvelope envelope);

}
