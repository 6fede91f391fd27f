package org.partnershipledger.query.setup;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class RegisterPartnershipPageControllerTest extends PageTestSupport {

	@Test
	void theFormLabelsEveryField() throws Exception {
		this.mvc.perform(get("/partnerships/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(view().name(RegisterPartnershipPageController.VIEW))
			.andExpect(content()
				.string(containsString("<label class=\"govuk-label govuk-label--s\" for=\"title\">Title</label>")))
			.andExpect(content().string(containsString("for=\"legalRegime\"")))
			.andExpect(content().string(containsString("id=\"plannedStart-month\"")))
			.andExpect(content().string(containsString("Procurement Act 2023: light-touch contract")));
	}

	@Test
	void aValidFormIsSentAsTheSharedRequestAndRedirectsToTheOverviewAtItsVersion() throws Exception {
		given(this.commands.send(any(Identity.class), eq(CommandRoute.REGISTER_PARTNERSHIP.internalPath()),
				any(RegisterPartnershipRequest.class)))
			.willReturn(new CommandOutcome(201, Accepted.partnership("p-1", 0), null, null, List.of(),
					"/api/v1/partnerships/p-1", null));

		this.mvc.perform(valid().with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/partnerships/p-1?minVersion=0"))
			.andExpect(flash().attribute("flash", "Partnership registered"));

		ArgumentCaptor<RegisterPartnershipRequest> sent = ArgumentCaptor.forClass(RegisterPartnershipRequest.class);
		verify(this.commands).send(any(Identity.class), eq(CommandRoute.REGISTER_PARTNERSHIP.internalPath()),
				sent.capture());
		assertThat(sent.getValue().title()).isEqualTo("Home care");
		assertThat(sent.getValue().legalRegime()).isEqualTo(LegalRegime.PA2023_LIGHT_TOUCH);
		assertThat(sent.getValue().plannedPeriod().startDate()).hasToString("2026-04-01");
		assertThat(sent.getValue().estimatedValue().amount()).isEqualByComparingTo("250000");
		assertThat(sent.getValue().estimatedValue().currency()).isEqualTo("GBP");
	}

	@Test
	void aRejectedCommandShowsItsFieldErrorsOnTheForm() throws Exception {
		given(this.commands.send(any(Identity.class), eq(CommandRoute.REGISTER_PARTNERSHIP.internalPath()),
				any(RegisterPartnershipRequest.class)))
			.willReturn(new CommandOutcome(400, null, "Invalid request", "The request has invalid fields",
					List.of(new FieldProblem("title", "A partnership with this title already exists"),
							new FieldProblem("plannedPeriod.startDate", "The start must be after 2000"),
							new FieldProblem("somethingElse", "Something else is wrong")),
					null, null));

		this.mvc.perform(valid().with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(RegisterPartnershipPageController.VIEW))
			.andExpect(model().attributeHasFieldErrors("registerForm", "title", "plannedStart"))
			.andExpect(model().attributeHasErrors("registerForm"))
			.andExpect(content().string(containsString("<title>Error: Register a partnership")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content()
				.string(containsString("<a href=\"#title\">A partnership with this title already exists</a>")))
			.andExpect(content().string(containsString("<a href=\"#plannedStart\">The start must be after 2000</a>")))
			.andExpect(content().string(containsString("Something else is wrong")))
			.andExpect(content().string(containsString("govuk-form-group--error")))
			.andExpect(content().string(containsString("value=\"Home care\"")));
	}

	@Test
	void anIncompleteFormIsShownAgainWithoutSendingAnything() throws Exception {
		this.mvc
			.perform(post("/partnerships/new").param("title", " ")
				.param("plannedStart.day", "31")
				.param("plannedStart.month", "2")
				.param("plannedStart.year", "2026")
				.param("estimatedValue", "lots")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(RegisterPartnershipPageController.VIEW))
			.andExpect(model().attributeHasFieldErrors("registerForm", "title", "description", "serviceArea",
					"legalRegime", "plannedStart", "plannedEnd", "estimatedValue"))
			.andExpect(content().string(containsString("The start date must be a real date")))
			.andExpect(content().string(containsString("Enter the end date")));
		verifyNoInteractions(this.commands);
	}

	@Test
	void onlyACommissionerMayRegister() throws Exception {
		this.mvc.perform(get("/partnerships/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error/403"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder valid() {
		return post("/partnerships/new").param("title", "Home care")
			.param("description", "Home care at hourly rates")
			.param("serviceArea", "Adult social care")
			.param("legalRegime", "PA2023_LIGHT_TOUCH")
			.param("plannedStart.day", "1")
			.param("plannedStart.month", "4")
			.param("plannedStart.year", "2026")
			.param("plannedEnd.day", "31")
			.param("plannedEnd.month", "3")
			.param("plannedEnd.year", "2030")
			.param("estimatedValue", "£250,000");
	}

}
