package org.partnershipledger.standalone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The accessibility check the browser tests rely on does find serious violations. */
class AccessibilityCheckTest {

	@Test
	void anImageWithoutAlternativeTextAndAnUnlabelledInputAreReported() {
		try (Browser browser = new Browser("http://localhost")) {
			browser.driver()
				.get("data:text/html,<html lang='en'><head><title>t</title></head><body><main>"
						+ "<img src='chart.png'><input type='text'></main></body></html>");
			assertThat(browser.seriousAccessibilityViolations()).anyMatch((v) -> v.startsWith("image-alt"))
				.anyMatch((v) -> v.startsWith("label"));
		}
	}

	@Test
	void aPlainLabelledPageHasNone() {
		try (Browser browser = new Browser("http://localhost")) {
			browser.driver()
				.get("data:text/html,<html lang='en'><head><title>t</title></head><body><main><h1>Fine</h1>"
						+ "<label for='a'>Name</label><input id='a' type='text'></main></body></html>");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
		}
	}

}
