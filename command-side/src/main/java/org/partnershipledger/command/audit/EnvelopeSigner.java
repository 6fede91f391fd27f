package org.partnershipledger.command.audit;

import org.springframework.stereotype.Component;

import org.partnershipledger.audit.EnvelopeSignatures;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Signs envelopes with the instance's key before they are published, so that a reader of
 * the topic can tell the ledger's records from anyone else's.
 */
@Component
public class EnvelopeSigner {

	private final SigningKeys keys;

	EnvelopeSigner(SigningKeys keys) {
		this.keys = keys;
	}

	/** The envelope with its signature. */
	public EventEnvelope sign(EventEnvelope envelope) {
		return EnvelopeSignatures.sign(envelope, this.keys.pair().getPrivate());
	}

}
