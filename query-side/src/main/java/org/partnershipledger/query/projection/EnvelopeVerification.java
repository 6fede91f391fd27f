package org.partnershipledger.query.projection;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.partnershipledger.audit.EnvelopeSignatures;
import org.partnershipledger.audit.InstanceKeys;

/**
 * Checks that a record on the topic was signed by the ledger before anything of it is
 * applied: whoever can write to the topic without the ledger's private key cannot make a
 * record that passes. The public key is {@code LEDGER_SIGNING_PUBLIC_KEY}; without it the
 * web app does not start.
 */
@Component
class EnvelopeVerification {

	static final String MISSING = "LEDGER_SIGNING_PUBLIC_KEY (ledger.signing-public-key) is not set. The web app "
			+ "applies only records signed by the command side; give it the command side's Ed25519 public key "
			+ "(base64 X.509, `openssl pkey -pubout -outform DER | base64 -w0` of LEDGER_SIGNING_KEY).";

	private final PublicKey key;

	private final Counter refused;

	EnvelopeVerification(@Value("${ledger.signing-public-key:}") String publicKey, MeterRegistry meters) {
		if (publicKey == null || publicKey.isBlank()) {
			throw new IllegalStateException(MISSING);
		}
		try {
			this.key = InstanceKeys.decodePublic(publicKey.strip());
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException(
					"LEDGER_SIGNING_PUBLIC_KEY is not a base64 X.509 Ed25519 public key: " + ex.getMessage(), ex);
		}
		this.refused = Counter.builder("ledger.projection.records.refused")
			.description("Records on the topic refused because the ledger did not sign them")
			.register(meters);
	}

	/**
	 * Why the record (its Kafka value as received) must not be applied, if it must not;
	 * each refusal is counted.
	 */
	Optional<String> problem(String value) {
		Optional<String> problem = (value == null) ? Optional.of("The record has no value.")
				: EnvelopeSignatures.problem(value, this.key);
		problem.ifPresent((reason) -> this.refused.increment());
		return problem;
	}

}
