package org.partnershipledger.command.audit;

import java.security.KeyPair;

import org.springframework.stereotype.Component;

import org.partnershipledger.audit.InstanceKeys;

/**
 * The instance's Ed25519 key pair, from {@code LEDGER_SIGNING_KEY}: it signs every
 * published envelope, every chain link and every checkpoint. It is never kept in the
 * database, so whoever controls the database cannot sign; without it the command side
 * refuses to start.
 */
@Component
class SigningKeys {

	static final String MISSING = "LEDGER_SIGNING_KEY (ledger.checkpoint.signing-key) is not set. The command side "
			+ "signs every envelope, chain link and checkpoint with its Ed25519 private key, kept outside the "
			+ "database. Make one with `openssl genpkey -algorithm ed25519 -outform DER | base64 -w0` and give the "
			+ "web app its public key as LEDGER_SIGNING_PUBLIC_KEY.";

	private final KeyPair keys;

	SigningKeys(CheckpointSettings settings) {
		String configured = settings.signingKey();
		if (configured == null || configured.isBlank()) {
			throw new IllegalStateException(MISSING);
		}
		try {
			this.keys = InstanceKeys.fromPrivateKey(configured);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("LEDGER_SIGNING_KEY is not a base64 PKCS#8 Ed25519 private key: "
					+ ex.getMessage() + ". " + MISSING.substring(MISSING.indexOf("Make one")), ex);
		}
	}

	KeyPair pair() {
		return this.keys;
	}

	/** The public key as base64 X.509, as checkpoints name it. */
	String publicKey() {
		return InstanceKeys.encode(this.keys.getPublic());
	}

}
