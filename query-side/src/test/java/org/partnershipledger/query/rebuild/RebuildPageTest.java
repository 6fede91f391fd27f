package org.partnershipledger.query.rebuild;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The rebuild page names the checkpoint taken when the rebuild finished, or says why none
 * was. Keeps the HTML in target/rendered-pages for looking at.
 */
class RebuildPageTest extends PageTestSupport {

	private static final Path OUT = Path.of("target", "rendered-pages");

	private static final String DIGEST = "5f352f02ae77f72e79bf32e0626fc5bda8ac84932f9e7d91e5415451e5c16f4b";

	@Test
	void aFinishedRebuildNamesItsCheckpoint() throws Exception {
		showing(new RebuildCheckpoint(Instant.parse("2026-01-15T11:58:00Z"), DIGEST, null));

		String html = save("admin-rebuild-checkpoint");

		assertThat(html)
			.contains("id=\"rebuild-checkpoint\"", "15 January 2026 at 11:58", DIGEST,
					"A signed checkpoint was taken of the whole history as it stood when the rebuild finished.")
			.doesNotContain("No checkpoint was taken");
	}

	@Test
	void aFinishedRebuildWithoutACheckpointSaysWhy() throws Exception {
		showing(RebuildCheckpoint.notTaken("The event store did not answer. Try again shortly."));

		String html = save("admin-rebuild-no-checkpoint");

		assertThat(html)
			.contains("id=\"rebuild-checkpoint-problem\"",
					"No checkpoint was taken after this rebuild; the views were rebuilt all the same.",
					"Why: The event store did not answer. Try again shortly.")
			.doesNotContain("id=\"rebuild-checkpoint\"");
	}

	private void showing(RebuildCheckpoint checkpoint) {
		given(this.rebuild.latest()).willReturn(Optional.of(new RebuildProgress(7, RebuildProgress.State.FINISHED,
				"first-admin", NOW.minusSeconds(130), NOW.minusSeconds(120), NOW.minusSeconds(120), 345, 345, 20008,
				20008, 2001.0, null, List.of(), checkpoint)));
	}

	private String save(String name) throws Exception {
		String html = this.mvc.perform(get("/admin/rebuild").with(user(PageFixtures.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Files.createDirectories(OUT);
		Files.writeString(OUT.resolve(name + ".html"), html, StandardCharsets.UTF_8);
		assertThat(html.split("<h1", -1)).as("one h1 on %s", name).hasSize(2);
		return html.replaceAll("\\s+", " ");
	}

}
