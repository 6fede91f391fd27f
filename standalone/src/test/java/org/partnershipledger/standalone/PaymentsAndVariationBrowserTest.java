package org.partnershipledger.standalone;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless browser, the commissioner of an active partnership schedules a
 * payment and records it as made, then varies the contract under an agreed formal
 * variation; the overview shows the payment and the contract now against the original
 * deal.
 */
class PaymentsAndVariationBrowserTest {

	private static ActivePartnership partnership;

	private static Browser browser;

	@BeforeAll
	static void anActivePartnershipWithAnAgreedVariation() {
		partnership = new ActivePartnership("Browser payments").activate();
		String adaptation = partnership.accept(partnership.commissioner, "/adaptations",
				Map.of("category", "SCOPE_CHANGE", "formality", "FORMAL_VARIATION", "title", "Add the eastern district",
						"description", "The service extends to care leavers in the eastern district.", "rationale",
						"Referrals from the east have doubled.", "expectedImpact",
						Map.of("valueChangePct", 5, "termChangePct", 0, "scopeSummary", "Eastern district"),
						"affectedPartyIds", List.of(partnership.council, partnership.charity), "proposedEffectiveDate",
						"2026-10-01", "urgent", false))
			.path("adaptationId")
			.asText();
		partnership.accept(partnership.commissioner, "/adaptations/" + adaptation + "/assessment",
				Map.of("legalGround", "LIGHT_TOUCH_FREE_MODIFICATION", "substantialModificationRisk", "LOW",
						"contractChangeNoticeRequired", false, "notes", "Light-touch contract"));
		partnership.agreeJointly("/adaptations/" + adaptation + "/agreement", Map.of("decidedBy", "board", "approvals",
				List.of(Map.of("partyId", partnership.council, "comment", "Agreed"))));
		partnership.overview();
		browser = new Browser(RunningLedger.webUrl()).signIn("e2e-commissioner", RunningLedger.PASSWORD);
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void theCommissionerSchedulesAPaymentAndRecordsItAsMade() {
		browser.open("/partnerships/" + partnership.id() + "#payments").look("20-overview-before-payments");
		browser.clickLink("Schedule a payment");
		browser.tick("kind", "REGULAR")
			.type("amount", "125000")
			.type("dueOn.day", "30")
			.type("dueOn.month", "6")
			.type("dueOn.year", "2026")
			.type("description", "Quarter one grant")
			.look("21-schedule-payment")
			.submit();
		assertThat(browser.text()).contains("Payment of £125,000 scheduled for 30 June 2026", "Quarter one grant",
				"Scheduled");

		browser.clickLink("Record as made");
		assertThat(browser.heading()).isEqualTo("Record a payment made");
		browser.type("paidOn.day", "29")
			.type("paidOn.month", "6")
			.type("paidOn.year", "2026")
			.type("reference", "BACS-2026-0629")
			.look("22-payment-made")
			.submit();
		assertThat(browser.text()).contains("Payment of £125,000 made on 29 June 2026", "(ref BACS-2026-0629)")
			.doesNotContain("Record as made");
		browser.open("/partnerships/" + partnership.id() + "#payments").look("23-overview-payment-made");
	}

	@Test
	void theCommissionerVariesTheContractUnderTheAgreedAdaptation() {
		browser.open("/partnerships/" + partnership.id());
		browser.clickLink("Vary the contract");
		assertThat(browser.text()).contains("£1,500,000", "31 March 2029", "Add the eastern district");
		browser.tick("sourceAdaptationId", adaptationId())
			.select("category", "SCOPE_CHANGE")
			.type("effectiveDate.day", "1")
			.type("effectiveDate.month", "10")
			.type("effectiveDate.year", "2026")
			.submit();
		assertThat(browser.text()).contains("There is a problem", "Select the legal ground for the change",
				"Select whether a contract change notice is required");
		browser.look("24-variation-errors");

		browser.select("legalGround", "LIGHT_TOUCH_FREE_MODIFICATION")
			.type("valueAfter", "1575000")
			.tick("contractChangeNoticeRequired", "false")
			.look("25-variation-form")
			.submit();
		assertThat(browser.text()).contains("Contract varied from 1 October 2026", "£1,575,000", "+5%")
			.doesNotContain("Vary the contract");
		browser.open("/partnerships/" + partnership.id() + "#contract-now").look("26-overview-varied");
	}

	private static String adaptationId() {
		return partnership.overview().path("adaptations").get(0).path("adaptationId").asText();
	}

}
