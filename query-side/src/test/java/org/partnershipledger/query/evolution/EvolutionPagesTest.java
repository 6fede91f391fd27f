package org.partnershipledger.query.evolution;

import org.junit.jupiter.api.Test;

import org.partnershipledger.query.web.EvolutionFixtures;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;
import org.partnershipledger.query.web.RelationalFixtures;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The evolution chart on the overview and on its own page. */
class EvolutionPagesTest extends PageTestSupport {

	private static final String OVERVIEW = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	@Test
	void theOverviewShowsTheChartWithItsTitleDescriptionAndTableOfPeriods() throws Exception {
		showing(EvolutionFixtures.divergent());

		this.mvc.perform(get(OVERVIEW).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("aria-labelledby=\"evolution-title evolution-desc\"")))
			.andExpect(content().string(containsString(
					"<title id=\"evolution-title\">How the arrangement evolved against the recommendation</title>")))
			.andExpect(content().string(containsString("<desc id=\"evolution-desc\">From 2 May 2025 to today.")))
			.andExpect(content().string(containsString("Diverged in 1 period: 3 June 2025 to today, justified.")))
			.andExpect(content().string(containsString("ledger-evolution__band--justified")))
			.andExpect(content().string(not(containsString("ledger-evolution__band--not-justified"))))
			.andExpect(content().string(containsString("id=\"evolution-periods\"")))
			.andExpect(content().string(containsString("Yes, justified")))
			.andExpect(content()
				.string(containsString("href=\"/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/evolution\"")));
	}

	@Test
	void anUnassessedPartnershipHasNoChartYet() throws Exception {
		showing(PageFixtures.registered());

		this.mvc.perform(get(OVERVIEW).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing to show until the service is assessed")))
			.andExpect(content().string(not(containsString("<svg"))));
	}

	@Test
	void theEvolutionPageMarksDivergenceWithAndWithoutJustificationInWordsAndPattern() throws Exception {
		showing(EvolutionFixtures.drifting());

		this.mvc.perform(get(OVERVIEW + "/evolution").with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(view().name(EvolutionPageController.VIEW))
			.andExpect(
					content().string(containsString("<h1 class=\"govuk-heading-l\">How the arrangement evolved</h1>")))
			.andExpect(content().string(containsString("fill=\"url(#evolution-not-justified)\"")))
			.andExpect(content().string(containsString(">Not justified</text>")))
			.andExpect(content().string(containsString(">Justified</text>")))
			.andExpect(content().string(containsString("Yes, not justified")))
			.andExpect(content()
				.string(containsString("Reassessed: recommends a formal-relational contract on 2 June 2025")))
			.andExpect(content().string(containsString("data-kind=\"MODEL_CHANGE\"")))
			.andExpect(content().string(containsString("No adaptations or iterations recorded yet.")));
	}

	@Test
	void theEvolutionPageCountsAdaptationsAndIterationsByQuarter() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(get(OVERVIEW + "/evolution").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-evolution\"")))
			.andExpect(content().string(containsString("id=\"quarterly-activity\"")));
	}

	@Test
	void theEvolutionOfAPartnershipIsHiddenFromOrganisationsNotParty() throws Exception {
		showing(EvolutionFixtures.divergent());

		this.mvc.perform(get(OVERVIEW + "/evolution").with(user(PageFixtures.outsider())))
			.andExpect(status().isNotFound());
	}

}
