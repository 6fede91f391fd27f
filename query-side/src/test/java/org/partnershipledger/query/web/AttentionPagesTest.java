package org.partnershipledger.query.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.health.Rag;
import org.partnershipledger.query.Overviews;
import org.partnershipledger.query.portfolio.Dashboard;
import org.partnershipledger.query.portfolio.DashboardEntry;
import org.partnershipledger.query.portfolio.PortfolioFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What needs attention: a reassessment due on the overview, the dashboard's cards and
 * filters for overdue reviews, red health and reassessments, and the relational health
 * trend on the evolution page.
 */
class AttentionPagesTest extends PageTestSupport {

	private static final String OVERVIEW = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	@BeforeEach
	void threePartnerships() {
		given(this.portfolios.visible(PageFixtures.commissioner().identity(), PortfolioFilter.NONE)).willReturn(
				Overviews.stored(RelationalFixtures.healthDeclining(), RelationalFixtures.partyJoinedWhileActive(),
						EvolutionFixtures.other("p-b", "Bin collection", PartnershipModel.TRANSACTIONAL_CONTRACT,
								PartnershipModel.TRANSACTIONAL_CONTRACT, null, "2025-02-01T10:00:00Z")));
	}

	@Test
	void theOverviewWarnsThatAReassessmentIsDueAndLinksCommissionersToReassess() throws Exception {
		showing(RelationalFixtures.partyJoinedWhileActive());

		this.mvc.perform(get(OVERVIEW).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reassessment-due\"")))
			.andExpect(content().string(containsString("A reassessment is due")))
			.andExpect(content().string(containsString(" since 1 July 2025")))
			.andExpect(content().string(containsString("Northern Housing joined the partnership on 1 July 2025.")))
			.andExpect(content().string(containsString("id=\"reassess-link\"")));
	}

	@Test
	void aProviderSeesTheReassessmentWarningWithoutTheLink() throws Exception {
		showing(RelationalFixtures.partyJoinedWhileActive());

		this.mvc.perform(get(OVERVIEW).with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A reassessment is due")))
			.andExpect(content().string(not(containsString("id=\"reassess-link\""))));
	}

	@Test
	void withNothingTriggeredTheOverviewGivesTheNextReassessmentDate() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(get(OVERVIEW).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"reassessment-due\""))))
			.andExpect(content().string(containsString("Next reassessment due by 2 May 2026")));
	}

	@Test
	void theDashboardCountsOverdueReviewsRedHealthAndReassessmentsDue() throws Exception {
		Dashboard dashboard = dashboard(get("/dashboard"));

		assertThat(dashboard.overdueReviews()).isEqualTo(1);
		assertThat(dashboard.withOverdueReviews()).isEqualTo(1);
		assertThat(dashboard.redHealth()).isEqualTo(1);
		assertThat(dashboard.reassessmentDue()).isEqualTo(1);
		DashboardEntry declining = dashboard.partnerships()
			.stream()
			.filter(DashboardEntry::redHealth)
			.findFirst()
			.orElseThrow();
		assertThat(declining.overdueReviews()).extracting((review) -> review.reviewId())
			.containsExactly(RelationalFixtures.OVERDUE);
		assertThat(declining.latestHealth()).isEqualTo(Rag.RED);
		assertThat(declining.latestHealthOn()).isEqualTo(LocalDate.of(2025, 12, 20));
	}

	@Test
	void theAttentionFiltersNarrowTheListButNotTheCounts() throws Exception {
		assertThat(dashboard(get("/dashboard").param("overdue", "true")).partnerships())
			.allMatch(DashboardEntry::overdue)
			.hasSize(1);
		assertThat(dashboard(get("/dashboard").param("redHealth", "true")).partnerships())
			.extracting(DashboardEntry::latestHealth)
			.containsExactly(Rag.RED);
		Dashboard due = dashboard(get("/dashboard").param("reassessmentDue", "true"));
		assertThat(due.partnerships()).hasSize(1).allMatch((entry) -> entry.reassessment().due());
		assertThat(due.total()).isEqualTo(3);
		assertThat(dashboard(get("/dashboard").param("reassessmentDue", "false")).partnerships()).hasSize(2);
	}

	@Test
	void theDashboardPageShowsTheCardsAsLinksAndKeepsTheChosenFilter() throws Exception {
		this.mvc.perform(get("/dashboard").param("redHealth", "true").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"attention-cards\"")))
			.andExpect(content().string(containsString("href=\"/dashboard?overdue=true\"")))
			.andExpect(content().string(containsString("href=\"/dashboard?reassessmentDue=true\"")))
			.andExpect(content()
				.string(containsString("<select class=\"govuk-select\" id=\"redHealth\" name=\"redHealth\">")))
			.andExpect(content().string(containsString("<option value=\"true\" selected=\"selected\">Yes</option>")))
			.andExpect(content().string(containsString("Health red")))
			.andExpect(content().string(containsString(">Clear filters</a>")));
		this.mvc.perform(get("/dashboard").with(user(PageFixtures.commissioner())))
			.andExpect(content().string(containsString("Partnership board review, due 1 December 2025")))
			.andExpect(content().string(containsString("Reassessment due")));
	}

	@Test
	void aSingleHealthCheckIsShownAsATableWithoutATrendLine() throws Exception {
		showing(RelationalFixtures.withReviews());

		this.mvc.perform(get(OVERVIEW + "/evolution").with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"one-health-check\"")))
			.andExpect(content().string(containsString("id=\"health-trend-table\"")))
			.andExpect(content().string(not(containsString("health-chart-title"))));
	}

	@Test
	void theEvolutionPageShowsEachPartysHealthTrendWithFlagsInWords() throws Exception {
		showing(RelationalFixtures.healthDeclining());

		this.mvc.perform(get(OVERVIEW + "/evolution").with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"health-trend-table\"")))
			.andExpect(content()
				.string(containsString("role=\"img\" aria-labelledby=\"health-chart-title health-chart-desc\"")))
			.andExpect(content()
				.string(containsString("<title id=\"health-chart-title\">Relational health trend</title>")))
			.andExpect(content().string(containsString("2 checks from 29 September 2025 to 20 December 2025")))
			.andExpect(content().string(containsString(">Leeds City Council</th>")))
			.andExpect(content().string(containsString(">Pathways Charity</th>")))
			.andExpect(content().string(containsString("Perception gap on trust: commitments are kept between")))
			.andExpect(content().string(containsString("Declining: the overall mean fell from 3.50 to 2.50")))
			.andExpect(content().string(containsString("text-anchor=\"end\">Declining</text>")))
			.andExpect(content().string(containsString("<polyline")));
	}

	@Test
	void withoutHealthChecksTheEvolutionPageSaysSo() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(get(OVERVIEW + "/evolution").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-health-checks\"")))
			.andExpect(content().string(not(containsString("id=\"health-trend-table\""))));
	}

	private Dashboard dashboard(MockHttpServletRequestBuilder request) throws Exception {
		return (Dashboard) this.mvc.perform(request.with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("dashboard");
	}

}
