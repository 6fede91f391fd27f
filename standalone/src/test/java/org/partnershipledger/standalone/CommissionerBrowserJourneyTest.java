package org.partnershipledger.standalone;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commissioner, in a real headless browser, registers a partnership through the forms,
 * adds the provider, assesses the service and departs from the recommendation with a
 * justification; the overview shows the recommendation against the choice, and the
 * dashboard's cross-table cell for it leads to the portfolio narrowed to such
 * partnerships.
 */
class CommissionerBrowserJourneyTest {

	private static Browser browser;

	@BeforeAll
	static void signIn() {
		browser = new Browser(RunningLedger.webUrl()).signIn("e2e-commissioner", RunningLedger.PASSWORD);
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void aPartnershipEnteredThroughTheFormsShowsItsRecommendationAndTheChoice() {
		String title = "Digital service build " + UUID.randomUUID().toString().substring(0, 8);
		browser.open("/").look("01-portfolio").clickLink("Register a partnership");
		browser.type("title", title)
			.type("description", "Agile build and run of the council's online benefits service.")
			.type("serviceArea", "Digital services")
			.select("legalRegime", "PA2023_PUBLIC_CONTRACT")
			.type("plannedStart.day", "1")
			.type("plannedStart.month", "4")
			.type("plannedStart.year", "2026")
			.type("plannedEnd.day", "31")
			.type("plannedEnd.month", "3")
			.type("plannedEnd.year", "2028")
			.type("estimatedValue", "2400000")
			.look("02-register-form")
			.submit();
		assertThat(browser.heading()).isEqualTo(title);
		String overview = browser.path().replaceAll("\\?.*", "");

		browser.clickLink("Add a party");
		browser.type("name", "Second Chance Charity")
			.select("identifierScheme", "GB-CHC")
			.type("identifierId", "E2E0002")
			.tick("roles", "LEAD_PROVIDER")
			.tick("basis", "CONTRACT")
			.type("reason", "Won the competition for the build")
			.submit();
		assertThat(browser.text()).contains("Second Chance Charity");

		browser.clickLink("Assess the service");
		browser.tick("trigger", "INITIAL").tick("moneyChangesHands", "true").tick("outcomeMetricsAvailable", "true");
		int[] scores = { 4, 3, 5, 3, 3, 3, 3 };
		for (int i = 0; i < scores.length; i++) {
			browser.tick("scores[" + i + "].score", Integer.toString(scores[i]))
				.type("scores[" + i + "].evidence", "From the discovery report and user research, part " + (i + 1));
		}
		browser.look("03-assessment-form").submit();
		assertThat(browser.text()).contains("Formal-relational contract", "3.50", "RC-1");
		browser.look("04-overview-recommendation");

		browser.clickLink("Choose the partnership model");
		browser.tick("chosenModel", "TRANSACTIONAL_CONTRACT")
			.select("paymentMechanism", "FIXED_PRICE")
			.type("departureJustification",
					"A fixed-price first phase tests the market before we commit to a long relational contract.")
			.tick("departureReasonCodes", "PILOT_FIRST")
			.look("05-choice-form")
			.submit();
		assertThat(browser.path()).startsWith(overview);
		assertThat(browser.driver().findElement(By.id("divergence")).getText()).containsIgnoringCase("diverge");
		assertThat(browser.text()).contains("A fixed-price first phase tests the market");
		browser.look("06-overview-divergent");

		browser.open(overview + "/evolution");
		assertThat(browser.driver().findElement(By.cssSelector("svg[role='img'] title")).getAttribute("textContent"))
			.isNotBlank();
		assertThat(browser.text()).contains("Justified");
		browser.look("08-evolution");
		browser.open("/dashboard");
		assertThat(browser.text()).contains(title);
		browser.look("09-dashboard");

		browser.driver().findElement(By.id("cell-FORMAL_RELATIONAL_CONTRACT-TRANSACTIONAL_CONTRACT")).click();
		assertThat(browser.path())
			.isEqualTo("/?recommendedModel=FORMAL_RELATIONAL_CONTRACT" + "&chosenModel=TRANSACTIONAL_CONTRACT");
		assertThat(browser.text()).contains(title, "Show every partnership");
		browser.look("09a-portfolio-from-dashboard-cell");
	}

	@Test
	void aFormWithMistakesShowsAnErrorSummaryLinkedToTheFields() {
		browser.open("/partnerships/new").type("serviceArea", "Digital services").submit();
		var summary = browser.driver().findElement(By.cssSelector(".govuk-error-summary"));
		assertThat(summary.getText()).containsIgnoringCase("title");
		assertThat(summary.findElement(By.cssSelector("a[href='#title']")).isDisplayed()).isTrue();
		assertThat(browser.driver().findElement(By.id("title-error")).getText()).isNotBlank();
		browser.look("07-register-errors");
	}

}
