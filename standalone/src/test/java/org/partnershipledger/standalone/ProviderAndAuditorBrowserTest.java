package org.partnershipledger.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless browser: the provider of an active partnership proposes an
 * adaptation through the form and finds it in the register; an auditor sees the same
 * partnership and may only raise an audit finding.
 */
class ProviderAndAuditorBrowserTest {

	private static ActivePartnership partnership;

	@BeforeAll
	static void anActivePartnership() {
		partnership = new ActivePartnership("Browser relational").activate();
	}

	@Test
	void theProviderProposesAnAdaptationThatAppearsInTheRegister() {
		try (Browser browser = new Browser(RunningLedger.webUrl())) {
			browser.signIn("e2e-provider", RunningLedger.PASSWORD).open("/partnerships/" + partnership.id());
			browser.look("10-provider-overview");
			assertThat(browser.text()).doesNotContain("Conclude the contract");
			browser.clickLink("Propose an adaptation");
			browser.select("category", "SERVICE_DESIGN_CHANGE")
				.tick("formality", "OPERATIONAL")
				.type("title", "Evening drop-in for new tenants")
				.type("description", "A weekly evening drop-in at the hub for tenants in their first three months.")
				.type("rationale", "Tenants told us they cannot come during working hours.")
				.type("valueChangePct", "0.5")
				.type("termChangePct", "0")
				.type("scopeSummary", "Evening drop-in")
				.tick("affectedPartyIds", partnership.charity)
				.type("proposedEffectiveDate.day", "1")
				.type("proposedEffectiveDate.month", "12")
				.type("proposedEffectiveDate.year", "2026")
				.tick("urgent", "false")
				.look("11-provider-proposes")
				.submit();
			assertThat(browser.text()).contains("Evening drop-in for new tenants");
			browser.open("/adaptations?category=SERVICE_DESIGN_CHANGE");
			assertThat(browser.text()).contains("Evening drop-in for new tenants");
			browser.look("12-adaptation-register");
		}
	}

	@Test
	void anAuditorSeesThePartnershipAndMayOnlyRaiseAFinding() {
		try (Browser browser = new Browser(RunningLedger.webUrl())) {
			browser.signIn("e2e-auditor", RunningLedger.PASSWORD).open("/partnerships/" + partnership.id());
			assertThat(browser.heading()).startsWith("Browser relational");
			assertThat(browser.driver().findElements(By.cssSelector("main a.govuk-button")))
				.extracting((button) -> button.getText().strip())
				.containsExactly("Raise an audit finding");
			browser.look("13-auditor-overview");
		}
	}

}
