package org.partnershipledger.command.audit;

import java.security.KeyPair;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.partnershipledger.audit.InstanceKeys;

/**
 * The instance's Ed25519 key pair for signing checkpoints: from
 * {@code LEDGER_SIGNING_KEY} when given (as production should), otherwise made once and
 * kept in {@code instance_signing_key}.
 */
@Component
class SigningKeys {

	private final CheckpointSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile KeyPair keys;

	SigningKeys(CheckpointSettings settings, JdbcClient jdbc, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	KeyPair pair() {
		KeyPair pair = this.keys;
		if (pair == null) {
			pair = load();
			this.keys = pair;
		}
		return pair;
	}

	/** The public key as base64 X.509, as checkpoints name it. */
	String publicKey() {
		return InstanceKeys.encode(pair().getPublic());
	}

	private KeyPair load() {
		String configured = this.settings.signingKey();
		if (configured != null && !configured.isBlank()) {
			return InstanceKeys.fromPrivateKey(configured);
		}
		this.jdbc.sql("""
				INSERT INTO instance_signing_key (id, private_key, created_at) VALUES (1, :key, :now)
				ON CONFLICT (id) DO NOTHING""")
			.param("key", InstanceKeys.encode(InstanceKeys.generate().getPrivate()))
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return InstanceKeys.fromPrivateKey(this.jdbc.sql("SELECT private_key FROM instance_signing_key WHERE id = 1")
			.query(String.class)
			.single());
	}

}
