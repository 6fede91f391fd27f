package org.partnershipledger.command.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.audit.ChainHead;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.VerificationReport;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No history waits an hour to be vouched for, and auditors keep checkpoints outside the
 * ledger: one is taken when the app starts, each is also written to the auditors'
 * directory, and verification names the kept checkpoint it checked against.
 */
class KeptCheckpointsTest extends AuditIntegrationTest {

	@Autowired
	private Checkpoints checkpoints;

	@Test
	void aCheckpointIsTakenAtStartOverEveryChainThatGrew() {
		String id = partnershipWithFourEvents();

		this.checkpoints.onStart();

		assertThat(this.checkpoints.takenAtStart()).isPresent();
		assertThat(this.checkpoints.takenAtStart().get().headOf(id)).map(ChainHead::sequenceNumber).contains(3L);
		assertThat(this.checkpoints.latest()).contains(this.checkpoints.takenAtStart().get());
	}

	@Test
	void everyCheckpointIsAlsoKeptInTheAuditorsDirectoryAndVerificationNamesIt() throws IOException {
		partnershipWithFourEvents();
		ResponseEntity<String> created = post("/internal/v1/checkpoints", AUDITOR, null);
		Checkpoint checkpoint = LedgerJson.read(created.getBody(), Checkpoint.class);

		Path kept = keptFileOf(checkpoint);
		assertThat(LedgerJson.read(Files.readString(kept), Checkpoint.class)).isEqualTo(checkpoint);
		VerificationReport report = verify(Files.readString(kept));
		assertThat(report.checkpointCreatedAt()).isEqualTo(checkpoint.createdAt());
		assertThat(report.checkpointDigest()).isEqualTo(checkpoint.digest());
		assertThat(report.signatureValid()).isTrue();
	}

	private static Path keptFileOf(Checkpoint checkpoint) throws IOException {
		try (Stream<Path> files = Files.list(KEPT_CHECKPOINTS)) {
			return files
				.filter((file) -> file.getFileName()
					.toString()
					.contains(checkpoint.createdAt().toString().replace(':', '-')))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No kept file for the checkpoint of " + checkpoint.createdAt()));
		}
	}

}
