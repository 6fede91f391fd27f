package org.partnershipledger.query.framework;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.RuleSetRc1;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class FrameworkPageControllerTest extends PageTestSupport {

	@Test
	void theFrameworkPageShowsEveryDimensionWithItsWeightFromTheRuleSet() throws Exception {
		var result = this.mvc.perform(get("/framework").with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(view().name(FrameworkPageController.VIEW));
		for (Dimension dimension : Dimension.values()) {
			result.andExpect(content().string(containsString(dimension.question())))
				.andExpect(content().string(containsString(dimension.lowAnchor())))
				.andExpect(content().string(containsString("<td class=\"govuk-table__cell govuk-table__cell--numeric\">"
						+ RuleSetRc1.weight(dimension) + "</td>")));
		}
		result.andExpect(
				content().string(containsString("S = 4 × D1 + 3 × D2 + 3 × D3 + 3 × D4 + 3 × D5 + 2 × D6 + 2 × D7")));
	}

	@Test
	void theFrameworkPageSaysTheRuleSetIsOurOwnAndVersioned() throws Exception {
		this.mvc.perform(get("/framework").with(user(PageFixtures.provider())))
			.andExpect(content().string(containsString("is Partnership Ledger's own design, not a")))
			.andExpect(content().string(containsString("published GO Lab scoring")))
			.andExpect(content().string(containsString("The rule set is versioned")))
			.andExpect(content().string(containsString("Override (the incompleteness floor)")))
			.andExpect(content().string(containsString("Borderline")));
	}

	@Test
	void theWorkedExamplesAreComputedByTheRuleItself() throws Exception {
		this.mvc.perform(get("/framework").with(user(PageFixtures.provider())))
			.andExpect(content().string(containsString("4, 5, 1, 1, 1, 1, 1")))
			.andExpect(content().string(containsString("Override: incompleteness floor")))
			.andExpect(content()
				.string(containsString("<td class=\"govuk-table__cell govuk-table__cell--numeric\">87</td>")));
	}

}
