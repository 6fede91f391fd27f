package org.partnershipledger.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A child program that fails says why in the exception itself: its log may be gone by the
 * time anyone reads it (a test's next start deletes its data directory, logs included).
 */
class ChildProcessTest {

	@TempDir
	Path directory;

	@Test
	void aFailedRunEndsItsExceptionWithWhatThisRunPrinted() throws IOException {
		Path log = this.directory.resolve("tool.log");
		Files.writeString(log, "An earlier run's line\n");

		assertThatIllegalStateException()
			.isThrownBy(() -> ChildProcess
				.java("tool", List.of("-cp", this.directory.toString(), "NoSuchTool"), Map.of(), log)
				.awaitSuccess(Duration.ofMinutes(1)))
			.withMessageStartingWith("tool failed with exit code 1; see " + log)
			.withMessageContaining("Could not find or load main class NoSuchTool")
			.withMessageNotContaining("An earlier run's line");
	}

}
