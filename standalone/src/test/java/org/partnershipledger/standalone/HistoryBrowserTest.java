package org.partnershipledger.standalone;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In a real headless browser: a partnership's timeline with a review scheduled three days
 * back, the overview as recorded just before that was recorded and as in effect then,
 * with the banner naming the difference; and an administrator's rebuild of the views.
 */
class HistoryBrowserTest {

	@Test
	void theTimelineAndTheOverviewAsItStoodShowWhatWasRecordedLater() {
		ActivePartnership partnership = new ActivePartnership("Browser history").activate();
		partnership.overview();
		Instant before = Instant.now();
		await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(before.plusMillis(5)));
		partnership.accept(partnership.commissioner, "/reviews", Map.of("type", "PARTNERSHIP_BOARD_REVIEW", "dueDate",
				"2027-01-31", "occurredAt", before.minus(Duration.ofDays(3)).toString()));
		partnership.overview();

		try (Browser browser = new Browser(RunningLedger.webUrl())) {
			browser.signIn("e2e-commissioner", RunningLedger.PASSWORD).open("/partnerships/" + partnership.id());
			browser.clickLink("See every event on the timeline");
			assertThat(browser.heading()).isEqualTo("Timeline");
			assertThat(browser.text()).contains("Partnership registered")
				.contains("Review point scheduled")
				.contains("Recorded later")
				.contains("Cleo Commissioner");
			browser.look("50-timeline");

			browser.select("type", "ReviewPointScheduled").submit();
			awaitPath(browser, "type=ReviewPointScheduled");
			assertThat(browser.text()).contains("1 event matches the filter.");
			browser.look("51-timeline-filtered");

			browser.open("/partnerships/" + partnership.id()).type("asOf", before.toString()).tick("axis", "recorded");
			browser.submit();
			awaitPath(browser, "axis=recorded");
			assertThat(browser.text()).contains("A view of the past")
				.contains("As recorded by")
				.contains("1 event that took effect by this date was recorded only later");
			browser.look("52-overview-as-recorded");

			browser.tick("axis", "effective").submit();
			awaitPath(browser, "axis=effective");
			assertThat(browser.text()).contains("As in effect on").contains("it includes 1 event that took effect");
			browser.look("53-overview-as-in-effect");
		}
	}

	@Test
	void anAdministratorRebuildsTheViewsAndSeesItFinishWithTheOverviewsUnchanged() {
		ActivePartnership partnership = new ActivePartnership("Browser rebuild").activate();
		JsonNode before = partnership.overview();
		try (Browser browser = new Browser(RunningLedger.webUrl())) {
			browser.signIn(RunningLedger.ADMIN, RunningLedger.PASSWORD).open("/admin/rebuild");
			assertThat(browser.heading()).isEqualTo("Rebuild the views");
			browser.look("54-rebuild");
			browser.submit();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				browser.open("/admin/rebuild");
				return browser.text().contains("Finished");
			});
			assertThat(browser.text()).contains("(100%)").doesNotContain("0 of 0");
			browser.look("55-rebuild-finished");
		}
		assertThat(partnership.overview()).isEqualTo(before);
	}

	/** Waits until the browser has followed a GET form to an address with this in it. */
	private static void awaitPath(Browser browser, String part) {
		await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().contains(part));
	}

}
