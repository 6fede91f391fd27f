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
 * ({@code LEDGER_SIGNING_KEY}), kept apart from the database; it signs envelopes, chain
 * links and checkpoints. Required: without it the command side does not start.
 */
@ConfigurationProperties("ledger.checkpoint")
public record CheckpointSettings(@DefaultValue("PT1H") Duration interval, String signingKey) {

}
