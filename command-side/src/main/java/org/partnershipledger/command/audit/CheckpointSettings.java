package org.partnershipledger.command.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checkpoints and the key that signs them.
 *
 * @param interval how often a checkpoint is taken when a chain has grown
 * ({@code LEDGER_CHECKPOINT_INTERVAL})
 * @param signingKey the instance's Ed25519 private key, base64 PKCS#8
 * ({@code LEDGER_SIGNING_KEY}); production supplies it, kept apart from the database.
 * Without it a key is made once and kept in the database, which suits one machine but
 * lets whoever controls the database sign too.
 */
@ConfigurationProperties("ledger.checkpoint")
public record CheckpointSettings(@DefaultValue("PT1H") Duration interval, String signingKey) {

}
