package org.partnershipledger.command.audit;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.audit.ChainLink;
import org.partnershipledger.audit.EnvelopeSignatures;
import org.partnershipledger.audit.LinkSignatures;
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

	/**
	 * Why the ledger must not sign this stored event, if it must not: its link was not
	 * signed by the ledger, or its content no longer gives the link's hash.
	 */
	public Optional<String> problemWith(EventEnvelope envelope, ChainLink link) {
		if (!LinkSignatures.verifies(link, this.keys.pair().getPublic())) {
			return Optional.of("its chain link was not signed by the ledger (it was stored past the ledger)");
		}
		if (!ChainHash.of(envelope, link.previousHash()).equals(link.chainHash())) {
			return Optional.of("its stored content no longer gives the hash of its chain link (it was changed)");
		}
		return Optional.empty();
	}

	/** The envelope with its signature. */
	public EventEnvelope sign(EventEnvelope envelope) {
		return EnvelopeSignatures.sign(envelope, this.keys.pair().getPrivate());
	}

}
