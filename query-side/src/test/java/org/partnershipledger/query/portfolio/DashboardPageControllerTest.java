package org.partnershipledger.query.portfolio;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.Overviews;
import org.partnershipledger.query.web.EvolutionFixtures;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The portfolio dashboard and its filters, which work as a plain GET form. */
class DashboardPageControllerTest extends PageTestSupport {

	@BeforeEach
	void fourPartnerships() {
		given(this.portfolios.visible(PageFixtures.commissioner().identity(), PortfolioFilter.NONE))
			.willReturn(Overviews.stored(EvolutionFixtures.divergent(),
					EvolutionFixtures.other("p-a", "Adult learning", PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
							PartnershipModel.TRANSACTIONAL_CONTRACT, null, "2025-03-01T10:00:00Z"),
					EvolutionFixtures.other("p-b", "Bin collection", PartnershipModel.TRANSACTIONAL_CONTRACT,
							PartnershipModel.TRANSACTIONAL_CONTRACT, null, "2025-02-01T10:00:00Z"),
					EvolutionFixtures.other("p-c", "Care navigation", PartnershipModel.FORMAL_RELATIONAL_CONTRACT, null,
							null, null)));
	}

	@Test
	void theDashboardCountsModelsAndListsTheLongestDivergenceFirst() throws Exception {
		Dashboard dashboard = dashboard(get("/dashboard"));

		assertThat(dashboard.total()).isEqualTo(4);
		assertThat(dashboard.divergent()).isEqualTo(2);
		assertThat(dashboard.justified()).isEqualTo(1);
		assertThat(dashboard.notJustified()).isEqualTo(1);
		assertThat(dashboard.byChosenModel()).containsEntry(PartnershipModel.TRANSACTIONAL_CONTRACT, 3L);
		assertThat(dashboard.notChosen()).isEqualTo(1);
		assertThat(dashboard.recommendedByChosen().get(1).byChosenModel())
			.containsEntry(PartnershipModel.TRANSACTIONAL_CONTRACT, 2L);
		assertThat(dashboard.partnerships()).extracting(DashboardEntry::title)
			.containsExactly("Adult learning", "Homelessness outcomes partnership", "Bin collection",
					"Care navigation");
		assertThat(dashboard.partnerships().get(0).divergentDays()).isEqualTo(320);
	}

	@Test
	void theDashboardPageShowsTheCrossTableAndTheDivergences() throws Exception {
		this.mvc.perform(get("/dashboard").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(view().name(DashboardPageController.VIEW))
			.andExpect(content().string(containsString("id=\"models-crossed\"")))
			.andExpect(content().string(containsString("Chose transactional")))
			.andExpect(content().string(containsString("Yes, not justified")))
			.andExpect(content().string(containsString("since 1 March 2025")))
			.andExpect(content().string(containsString("(320 days)")))
			.andExpect(content().string(containsString("href=\"/dashboard\"")))
			.andExpect(content().string(containsString("aria-current=\"page\"")));
	}

	@Test
	void eachCrossTableCellLinksToThePortfolioNarrowedToThePartnershipsItCounts() throws Exception {
		this.mvc.perform(get("/dashboard").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"/?recommendedModel=FORMAL_RELATIONAL_CONTRACT&amp;chosenModel=TRANSACTIONAL_CONTRACT\"")))
			.andExpect(content()
				.string(containsString("href=\"/?recommendedModel=FORMAL_RELATIONAL_CONTRACT&amp;status=ASSESSED\"")))
			.andExpect(content().string(containsString("href=\"/?recommendedModel=TRANSACTIONAL_CONTRACT\"")))
			.andExpect(content().string(containsString("href=\"/?chosenModel=TRANSACTIONAL_CONTRACT\"")))
			.andExpect(content().string(not(containsString(
					"href=\"/?recommendedModel=TRANSACTIONAL_CONTRACT&amp;chosenModel=FORMAL_RELATIONAL_CONTRACT\""))));
	}

	@Test
	void filteringOnNotJustifiedLeavesTheDivergencesWithoutAJustification() throws Exception {
		Dashboard dashboard = dashboard(get("/dashboard").param("justified", "false"));

		assertThat(dashboard.partnerships()).extracting(DashboardEntry::title).containsExactly("Adult learning");
		assertThat(dashboard.total()).isEqualTo(4);
	}

	@Test
	void filteringOnTheChosenModelAndDivergence() throws Exception {
		assertThat(dashboard(get("/dashboard").param("chosenModel", "TRANSACTIONAL_CONTRACT")
			.param("divergent", "")
			.param("justified", "")).partnerships()).hasSize(3);
		assertThat(dashboard(get("/dashboard").param("divergent", "false")).partnerships())
			.extracting(DashboardEntry::title)
			.containsExactly("Bin collection", "Care navigation");
	}

	@Test
	void theChosenFiltersStaySelectedAndCanBeCleared() throws Exception {
		this.mvc.perform(get("/dashboard").param("justified", "true").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<option value=\"true\" selected=\"selected\">Diverges, justified</option>")))
			.andExpect(content().string(containsString(">Clear filters</a>")));
	}

	@Test
	void anUnknownFilterValueIsABadRequest() throws Exception {
		this.mvc.perform(get("/dashboard").param("chosenModel", "FOURTH_MODEL").with(user(PageFixtures.commissioner())))
			.andExpect(status().isBadRequest());
	}

	private Dashboard dashboard(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		Object dashboard = this.mvc.perform(request.with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("dashboard");
		return (Dashboard) dashboard;
	}

}
