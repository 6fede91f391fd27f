package org.partnershipledger.query.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.audit.ChainHead;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.Discrepancy;
import org.partnershipledger.audit.DiscrepancyKind;
import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.audit.VerificationReport;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The verification page says what it checked against (the checkpoint's date and digest,
 * and whether it was a copy the auditor kept or the ledger's latest) and how the history
 * held up against the ledger's key. Keeps the HTML in target/rendered-pages for looking
 * at.
 */
class VerificationPageTest extends PageTestSupport {

	private static final Path OUT = Path.of("target", "rendered-pages");

	private static final KeyPair LEDGER = InstanceKeys.generate();

	private static final Checkpoint KEPT = Checkpoint.sign(Instant.parse("2026-01-10T09:30:00Z"),
			List.of(new ChainHead("p-1", 11, "event-11", "a".repeat(64))), LEDGER);

	private static final Checkpoint LATEST = Checkpoint.sign(Instant.parse("2026-01-15T11:00:00Z"),
			List.of(new ChainHead("p-1", 25, "event-25", "b".repeat(64))), LEDGER);

	@BeforeEach
	void theLedgersLatestCheckpoint() {
		given(this.verifications.latestCheckpoint(any(Identity.class)))
			.willReturn(new Forwarded(200, LedgerJson.write(LATEST)));
	}

	@Test
	void aKeptCheckpointIsNamedByItsDateAndDigestAndTheSignaturesCheckedAreCounted() throws Exception {
		given(this.verifications.verify(any(Identity.class), any(Checkpoint.class))).willReturn(new Verification(
				report(KEPT, 26L, "Every chain link was checked against the ledger's public key."), null,
				report(KEPT, 26L, "Every event's signature was checked against the ledger's public key."), 0));

		String html = save("verification-kept-checkpoint",
				multipart("/audit/verification").file(file(KEPT)).param("against", "file").with(csrf()));

		assertThat(html)
			.contains("Nothing was rewritten", "What it was checked against",
					"A copy you kept outside the ledger: kept-checkpoint.json", "10 January 2026", KEPT.digest())
			.contains("id=\"checked-against-signature\"", ">Holds<",
					"The checkpoint is signed and has not been changed since.")
			.contains(
					"The ledger&#39;s latest checkpoint is another, taken 15 January 2026 at 11:00. Your copy vouches "
							+ "only for events recorded up to when it was taken.")
			.contains("26 of 26 chain links checked against the ledger&#39;s public key carry its signature.",
					"26 of 26 events checked against the ledger&#39;s public key carry its signature.",
					"All signed by the ledger")
			.doesNotContain("Not all signed by the ledger", "id=\"event-store-unsigned\"");
	}

	@Test
	void signaturesTheLedgerDidNotMakeAndACheckpointThatDoesNotHoldAreNamed() throws Exception {
		Discrepancy forged = new Discrepancy("p-1", 4, DiscrepancyKind.UNSIGNED,
				"The chain link at sequence 4 (event event-4) carries no signature: it was not made by the ledger.");
		VerificationReport store = new VerificationReport(1, 5, LATEST.createdAt(), LATEST.digest(), false,
				"The checkpoint was signed with another key than this ledger's.",
				"Every chain link was checked against the ledger's public key.", 5L, false, List.of(forged));
		VerificationReport copy = new VerificationReport(1, 5, LATEST.createdAt(), LATEST.digest(), false,
				"The checkpoint was signed with another key than this ledger's.",
				"Not checked: give the ledger's public key to check that only the ledger made each event.", null, false,
				List.of());
		given(this.verifications.verify(any(Identity.class), any(Checkpoint.class)))
			.willReturn(new Verification(store, null, copy, 0));

		String html = save("verification-unsigned",
				post("/audit/verification").param("against", "latest").with(csrf()));

		assertThat(html)
			.contains("The history does not verify", "The ledger&#39;s latest checkpoint, as the ledger holds it",
					"15 January 2026", LATEST.digest())
			.contains(">Does not hold<", "The checkpoint was signed with another key than this ledger&#39;s.")
			.contains("Not all signed by the ledger",
					"4 of 5 chain links checked against the ledger&#39;s public key carry its signature; these do not:",
					"id=\"event-store-unsigned\"",
					"event 4: The chain link at sequence 4 (event event-4) carries no "
							+ "signature: it was not made by the ledger.")
			.contains(">Not checked<", "Not checked: give the ledger&#39;s public key")
			.doesNotContain("id=\"checked-against-latest\"", "All signed by the ledger");
	}

	@Test
	void withoutACheckpointThePageSaysSo() throws Exception {
		VerificationReport chainsAlone = new VerificationReport(1, 5, null, null, null, null,
				"Every chain link was checked against the ledger's public key.", 5L, true, List.of());
		given(this.verifications.verify(any(Identity.class), any())).willReturn(new Verification(chainsAlone, null,
				new VerificationReport(1, 5, null, null, null, null,
						"Every event's signature was checked against the ledger's public key.", 5L, true, List.of()),
				0));

		String html = save("verification-chains-alone",
				post("/audit/verification").param("against", "none").with(csrf()));

		assertThat(html).contains("None: the hash chains alone").doesNotContain("id=\"checked-against-digest\"");
	}

	private static VerificationReport report(Checkpoint checkpoint, Long signaturesChecked, String how) {
		return new VerificationReport(1, 26, checkpoint.createdAt(), checkpoint.digest(), true, null, how,
				signaturesChecked, true, List.of());
	}

	private static MockMultipartFile file(Checkpoint checkpoint) {
		return new MockMultipartFile("checkpointFile", "kept-checkpoint.json", "application/json",
				LedgerJson.write(checkpoint).getBytes(StandardCharsets.UTF_8));
	}

	private String save(String name, MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.with(user(PageFixtures.auditor())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Files.createDirectories(OUT);
		Files.writeString(OUT.resolve(name + ".html"), html, StandardCharsets.UTF_8);
		assertThat(html.split("<h1", -1)).as("one h1 on %s", name).hasSize(2);
		return html;
	}

}
