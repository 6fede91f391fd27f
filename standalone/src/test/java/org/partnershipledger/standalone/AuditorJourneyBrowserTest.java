package org.partnershipledger.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless browser, an auditor raises an audit finding through the form and the
 * commissioner responds to it through the form; both are on the partnership's overview,
 * for each of them.
 */
class AuditorJourneyBrowserTest {

	private static ActivePartnership partnership;

	@BeforeAll
	static void anActivePartnership() {
		partnership = new ActivePartnership("Browser audit").activate();
	}

	@Test
	void theAuditorRaisesAFindingAndTheCommissionerRespondsBothOnTheOverview() {
		String overview = "/partnerships/" + partnership.id();
		try (Browser auditor = new Browser(RunningLedger.webUrl())) {
			auditor.signIn("e2e-auditor", RunningLedger.PASSWORD).open(overview);
			auditor.clickLink("Raise an audit finding");
			auditor.submit();
			assertThat(auditor.text()).contains("There is a problem");
			auditor.look("30-finding-errors");
			auditor.type("scope", "Contract change notices")
				.type("asOf.day", "31")
				.type("asOf.month", "10")
				.type("asOf.year", "2026")
				.type("finding", "The board agreed a scope change without recording its legal ground.")
				.tick("severity", "MEDIUM")
				.type("recommendation", "Record the legal ground with every agreed change.")
				.look("31-raise-finding")
				.submit();
			assertThat(auditor.path()).startsWith(overview);
			assertThat(auditor.text()).contains("Contract change notices", "Medium severity",
					"Awaiting the commissioner's response");
			auditor.open(overview + "#audit-findings").look("32-auditor-overview-finding");
		}

		try (Browser commissioner = new Browser(RunningLedger.webUrl())) {
			commissioner.signIn("e2e-commissioner", RunningLedger.PASSWORD).open(overview);
			commissioner.clickLink("Respond to the finding");
			commissioner.tick("accepted", "true")
				.type("response", "We now record the legal ground in the board minutes for every change.")
				.look("33-respond-finding")
				.submit();
			assertThat(commissioner.text()).contains("Accepted",
					"We now record the legal ground in the board minutes for every change.");
			commissioner.open(overview + "#audit-findings").look("34-commissioner-overview-response");
		}

		try (Browser auditor = new Browser(RunningLedger.webUrl())) {
			auditor.signIn("e2e-auditor", RunningLedger.PASSWORD).open(overview);
			assertThat(auditor.text())
				.contains("The board agreed a scope change without recording its legal ground.",
						"We now record the legal ground in the board minutes for every change.")
				.doesNotContain("Respond to the finding");
		}
	}

	@Test
	void theAuditorRaisesAFindingAboutOneEventFromTheTimeline() {
		String overview = "/partnerships/" + partnership.id();
		try (Browser auditor = new Browser(RunningLedger.webUrl())) {
			auditor.signIn("e2e-auditor", RunningLedger.PASSWORD).open(overview + "/timeline");
			auditor.clickLink("Raise an audit finding about this event");
			assertThat(auditor.valueOf("scope")).isEqualTo("Event 0: Partnership registered");
			assertThat(auditor.valueOf("eventRefs")).isNotBlank();
			auditor.type("asOf.day", "1")
				.type("asOf.month", "11")
				.type("asOf.year", "2026")
				.type("finding", "The registration names no sponsor for the partnership.")
				.tick("severity", "LOW")
				.look("35-finding-from-event")
				.submit();
			assertThat(auditor.path()).startsWith(overview);
			assertThat(auditor.text()).contains("Event 0: Partnership registered",
					"The registration names no sponsor for the partnership.");
			auditor.clickLink("Event 0");
			assertThat(auditor.path()).startsWith(overview + "/timeline");
			auditor.open(overview + "#audit-findings").look("36-overview-finding-rests-on-event");
		}
	}

}
