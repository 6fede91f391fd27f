package org.partnershipledger.query.portfolio;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class PortfolioPageControllerTest extends PageTestSupport {

	@Test
	void portfolioListsThePartnershipsWithTheirDrift() throws Exception {
		given(this.portfolios.portfolio(PageFixtures.commissioner().identity(), PortfolioFilter.NONE))
			.willReturn(List.of(PortfolioEntry.of(PageFixtures.divergent().stored(), TODAY),
					PortfolioEntry.of(PageFixtures.registered().stored(), TODAY)));

		this.mvc.perform(get("/").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(view().name(PortfolioPageController.VIEW))
			.andExpect(model().attribute("entries", hasSize(2)))
			.andExpect(content().string(containsString("Homelessness outcomes partnership")))
			.andExpect(content().string(containsString("href=\"/partnerships/" + PageFixtures.PARTNERSHIP_ID + "\"")))
			.andExpect(content().string(containsString("Formal-relational contract")))
			.andExpect(content().string(containsString("Tightly specified transactional contract")))
			.andExpect(content().string(containsString("since 3 June 2025")))
			.andExpect(content().string(containsString("Not assessed yet")))
			.andExpect(content().string(containsString("Register a partnership")));
	}

	@Test
	void thePortfolioIsNarrowedByRecommendedAndChosenModelAndSaysHowToSeeEveryPartnership() throws Exception {
		PortfolioFilter filter = new PortfolioFilter(null, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
				PartnershipModel.TRANSACTIONAL_CONTRACT, null);
		given(this.portfolios.portfolio(PageFixtures.commissioner().identity(), filter))
			.willReturn(List.of(PortfolioEntry.of(PageFixtures.divergent().stored(), TODAY)));

		this.mvc
			.perform(get("/").param("recommendedModel", "FORMAL_RELATIONAL_CONTRACT")
				.param("chosenModel", "TRANSACTIONAL_CONTRACT")
				.with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(model().attribute("entries", hasSize(1)))
			.andExpect(content().string(containsString(
					"<option value=\"FORMAL_RELATIONAL_CONTRACT\" selected=\"selected\">Formal-relational contract</option>")))
			.andExpect(content().string(containsString("id=\"clear-filters\"")));
	}

	@Test
	void aFilterThatMatchesNothingSaysSo() throws Exception {
		PortfolioFilter filter = new PortfolioFilter(null, PartnershipModel.TRANSACTIONAL_CONTRACT, null, null);
		given(this.portfolios.portfolio(PageFixtures.commissioner().identity(), filter)).willReturn(List.of());

		this.mvc
			.perform(get("/").param("recommendedModel", "TRANSACTIONAL_CONTRACT")
				.with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No partnership matches these filters.")));
	}

	@Test
	void onlyCommissionersAreOfferedToRegisterAPartnership() throws Exception {
		given(this.portfolios.portfolio(PageFixtures.provider().identity(), PortfolioFilter.NONE))
			.willReturn(List.of());

		this.mvc.perform(get("/").with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(model().attribute("canRegister", false))
			.andExpect(content().string(containsString("There are no partnerships to show yet")))
			.andExpect(content().string(not(containsString("Register a partnership"))));
	}

	@Test
	void pagesSayTheViewsAreCatchingUpWhileRecordedChangesWait() throws Exception {
		given(this.portfolios.portfolio(PageFixtures.commissioner().identity(), PortfolioFilter.NONE))
			.willReturn(List.of());
		given(this.lag.behind()).willReturn(3L);

		this.mvc.perform(get("/").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"views-catching-up\"")))
			.andExpect(content().string(containsString("recorded changes are")));
	}

	@Test
	void pagesSayNothingAboutCatchingUpWhenTheViewsAreCurrent() throws Exception {
		given(this.portfolios.portfolio(PageFixtures.commissioner().identity(), PortfolioFilter.NONE))
			.willReturn(List.of());
		given(this.lag.behind()).willReturn(0L);

		this.mvc.perform(get("/").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("views-catching-up"))));
	}

	@Test
	void anAdministratorIsSentToThePeoplePage() throws Exception {
		this.mvc.perform(get("/").with(user(PageFixtures.admin())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users"));
	}

	@Test
	void theLayoutNamesTheServiceAndThePersonWithoutTheCrown() throws Exception {
		given(this.portfolios.portfolio(PageFixtures.commissioner().identity(), PortfolioFilter.NONE))
			.willReturn(List.of());

		this.mvc.perform(get("/").with(user(PageFixtures.commissioner())))
			.andExpect(
					content().string(containsString("<span class=\"ledger-header__name\">Partnership Ledger</span>")))
			.andExpect(content().string(containsString("Jane Commissioner")))
			.andExpect(content().string(containsString("action=\"/sign-out\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("govuk-logo"))))
			.andExpect(content().string(not(containsString("crown"))));
	}

}
