package org.partnershipledger.command.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checkpoints and the key that signs them.
 *
 * @param interval how often a checkpoint is taken when a chain has grown
 * ({@code LEDGER_CHECKPOINT_INTERVAL})
 * @param signingKey the instance's Ed25519 private key, base64 PKCS#8
 * ({@code LEDGER_SIGNING_KEY}), kept apart from the database; it signs envelopes, chain
 * links and checkpoints. Required: without it the command side does not start.
 * @param keepDirectory a directory every new checkpoint is also written to, as
 * {@code checkpoint-<createdAt>.json} ({@code LEDGER_CHECKPOINT_DIRECTORY}), such as an
 * auditor's mounted share, so checkpoints are kept outside the ledger; none by default
 */
@ConfigurationProperties("ledger.checkpoint")
public record CheckpointSettings(@DefaultValue("PT1H") Duration interval, String signingKey, String keepDirectory) {

	/** The directory to keep checkpoints in, if one is set. */
	public Optional<Path> keptIn() {
		return (this.keepDirectory == null || this.keepDirectory.isBlank()) ? Optional.empty()
				: Optional.of(Path.of(this.keepDirectory.strip()));
	}

}
