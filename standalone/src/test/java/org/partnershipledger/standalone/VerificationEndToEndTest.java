package org.partnershipledger.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An auditor takes a signed checkpoint from the running ledger, verifies the event store
 * and the query side's copy against it, and takes one partnership's exported history away
 * to verify offline with the {@code verify} command: untouched it passes, with one
 * changed byte it names the partnership and event. Then the same in a real browser.
 */
class VerificationEndToEndTest {

	@TempDir
	Path folder;

	private final LedgerApi auditor = RunningLedger.as("e2e-auditor");

	@Test
	void aCheckpointTakenNowHoldsForTheLedgerAndForAnExportedHistoryVerifiedOffline() throws IOException {
		ActivePartnership partnership = new ActivePartnership("Verified history").activate();
		partnership.overview();
		LedgerApi.Response taken = this.auditor.post("/api/v1/checkpoints", null).expect(201);
		assertThat(taken.json().findValuesAsText("partnershipId")).contains(partnership.id());
		Path checkpoint = Files.writeString(this.folder.resolve("checkpoint.json"), taken.body());

		JsonNode result = this.auditor.post("/api/v1/verification", taken.body()).expect(200).json();
		assertThat(result.at("/eventStore/clean").asBoolean()).isTrue();
		assertThat(result.at("/eventStore/signatureValid").asBoolean()).isTrue();
		assertThat(discrepancies(result.get("readModel"), partnership.id())).isEmpty();

		partnership.accept(partnership.commissioner, "/reviews",
				Map.of("type", "PARTNERSHIP_BOARD_REVIEW", "dueDate", "2027-03-31"));
		partnership.overview();
		Path history = Files.writeString(this.folder.resolve("history.json"),
				this.auditor.get("/api/v1/partnerships/" + partnership.id() + "/exports/history.json")
					.expect(200)
					.body());

		assertThat(verifyOffline(checkpoint, history)).startsWith("0 ").contains("no problems found");
		String publicKey = this.auditor.get("/api/v1/checkpoints/public-key")
			.expect(200)
			.json()
			.get("publicKey")
			.asText();
		assertThat(publicKey).isEqualTo(taken.json().get("publicKey").asText());
		assertThat(verifyOffline(checkpoint, history, "--public-key", publicKey)).startsWith("0 ");
		assertThat(verifyOffline(checkpoint, history, "--public-key",
				InstanceKeys.encode(InstanceKeys.generate().getPublic())))
			.startsWith("1 ");

		Files.writeString(history, Files.readString(history).replace("Verified history", "Verified hIstory"));
		assertThat(verifyOffline(checkpoint, history)).startsWith("1 ")
			.contains("partnership " + partnership.id() + "  sequence 0  ALTERED");
	}

	@Test
	void aCheckpointSignedWithAnotherKeyHoldsForNeitherTheStoreNorTheCopy() {
		new ActivePartnership("Forged checkpoint").activate().overview();
		Checkpoint genuine = LedgerJson.read(this.auditor.post("/api/v1/checkpoints", null).expect(201).body(),
				Checkpoint.class);
		Checkpoint forged = Checkpoint.sign(genuine.createdAt(), genuine.heads(), InstanceKeys.generate());

		JsonNode result = this.auditor.post("/api/v1/verification", LedgerJson.write(forged)).expect(200).json();

		assertThat(result.at("/eventStore/signatureValid").asBoolean()).isFalse();
		assertThat(result.at("/readModel/signatureValid").asBoolean()).isFalse();
		assertThat(result.at("/readModel/signatureProblem").asText()).isNotBlank();
	}

	@Test
	void providersMayNeitherTakeCheckpointsNorVerify() {
		LedgerApi provider = RunningLedger.as("e2e-provider");

		provider.post("/api/v1/checkpoints", null).expect(403);
		provider.post("/api/v1/verification", null).expect(403);
	}

	@Test
	void anAuditorTakesACheckpointAndVerifiesInTheBrowserAgainstItAndAgainstAKeptFile() throws IOException {
		new ActivePartnership("Browser verification").activate().overview();
		try (Browser browser = new Browser(RunningLedger.webUrl())) {
			browser.signIn("e2e-auditor", RunningLedger.PASSWORD).open("/");
			browser.clickLink("Verification");
			assertThat(browser.heading()).isEqualTo("Verify the history");
			browser.press("take-checkpoint");
			assertThat(browser.text()).contains("Checkpoint taken at").contains("Latest taken");
			browser.look("40-verification-checkpoint");

			await().atMost(Duration.ofSeconds(30)).until(() -> {
				browser.open("/audit/verification").tick("against", "latest").press("verify");
				return browser.text().contains("Nothing was rewritten");
			});
			assertThat(browser.text()).contains("Checked against the latest checkpoint")
				.contains("The event store")
				.contains("The copy the pages read");
			browser.look("41-verification-clean");

			Path kept = Files.writeString(this.folder.resolve("kept-checkpoint.json"),
					this.auditor.get("/api/v1/checkpoints/latest").expect(200).body());
			browser.open("/audit/verification").tick("against", "file").attach("checkpointFile", kept).press("verify");
			assertThat(browser.text()).contains("Checked against the checkpoint file kept-checkpoint.json");

			Path notes = Files.writeString(this.folder.resolve("notes.txt"), "not a checkpoint");
			browser.open("/audit/verification").tick("against", "file").attach("checkpointFile", notes).press("verify");
			assertThat(browser.text()).contains("There is a problem")
				.contains("The file is not a checkpoint from the ledger");
			browser.look("42-verification-bad-file");
		}
	}

	/**
	 * Runs {@code verify} in-process; answers its exit status, a space, and its output.
	 */
	private static String verifyOffline(Path checkpoint, Path history, String... more) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> arguments = new ArrayList<>(
				List.of("--checkpoint", checkpoint.toString(), "--history", history.toString()));
		arguments.addAll(List.of(more));
		int status = new VerifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(arguments);
		return status + " " + out.toString(StandardCharsets.UTF_8);
	}

	private static List<String> discrepancies(JsonNode report, String partnershipId) {
		List<String> found = new ArrayList<>();
		for (JsonNode discrepancy : report.path("discrepancies")) {
			if (discrepancy.path("partnershipId").asText().equals(partnershipId)) {
				found.add(discrepancy.toString());
			}
		}
		return found;
	}

}
