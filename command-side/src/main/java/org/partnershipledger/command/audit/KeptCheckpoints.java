package org.partnershipledger.command.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * Pushes each new checkpoint, once stored, to the directory auditors keep checkpoints in
 * outside the ledger ({@code LEDGER_CHECKPOINT_DIRECTORY}), one file each, never
 * overwritten. A checkpoint that cannot be written there is logged and counted in
 * {@code ledger.checkpoint.keep.failures}; the ledger keeps its own copy regardless.
 */
@Component
class KeptCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(KeptCheckpoints.class);

	private final Path directory;

	private final Counter failures;

	KeptCheckpoints(CheckpointSettings settings, MeterRegistry meters) {
		this.directory = settings.keptIn().orElse(null);
		this.failures = Counter.builder("ledger.checkpoint.keep.failures")
			.description("Checkpoints that could not be written to the directory kept outside the ledger")
			.register(meters);
	}

	/** Writes the checkpoint once the transaction storing it has committed. */
	void keepAfterCommit(Checkpoint checkpoint) {
		if (this.directory == null) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					keep(checkpoint);
				}

			});
		}
		else {
			keep(checkpoint);
		}
	}

	/** The file a checkpoint is kept in. */
	Path fileOf(Checkpoint checkpoint) {
		return this.directory.resolve("checkpoint-" + checkpoint.createdAt().toString().replace(':', '-') + ".json");
	}

	private void keep(Checkpoint checkpoint) {
		try {
			Files.createDirectories(this.directory);
			Files.writeString(fileOf(checkpoint), LedgerJson.write(checkpoint), StandardOpenOption.CREATE_NEW);
		}
		catch (IOException | RuntimeException ex) {
			this.failures.increment();
			log.error("Could not keep the checkpoint of {} in {}: {}", checkpoint.createdAt(), this.directory,
					ex.toString());
		}
	}

}
