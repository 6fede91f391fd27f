package org.partnershipledger.query.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.identity.NewOrganisation;
import org.partnershipledger.query.identity.NewUser;
import org.partnershipledger.query.identity.UserAccount;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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

class AdminPageControllersTest extends PageTestSupport {

	@Test
	void thePeoplePageListsPeopleAndOffersTheOrganisations() throws Exception {
		given(this.directory.organisations()).willReturn(List.of(PageFixtures.COUNCIL));
		given(this.directory.users()).willReturn(List.of(new UserAccount("jane", "Jane Commissioner",
				UserRole.COMMISSIONER, PageFixtures.COUNCIL, true, Instant.parse("2025-01-01T00:00:00Z"))));

		this.mvc.perform(get("/admin/users").with(user(PageFixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(view().name(AdminUsersPageController.VIEW))
			.andExpect(content().string(containsString("Jane Commissioner")))
			.andExpect(content().string(containsString("<option value=\"GB-LAC:E08000035\">")));
	}

	@Test
	void aPersonIsAddedToTheChosenOrganisation() throws Exception {
		given(this.directory.createUser(any(NewUser.class))).willReturn(new UserAccount("sam", "Sam Smith",
				UserRole.PROVIDER, PageFixtures.CHARITY, true, Instant.parse("2025-01-01T00:00:00Z")));

		this.mvc
			.perform(post("/admin/users").param("displayName", "Sam Smith")
				.param("username", "sam")
				.param("role", "PROVIDER")
				.param("organisation", "GB-CHC:1234567")
				.param("password", "a long enough password")
				.with(user(PageFixtures.admin()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", "Sam Smith can now sign in as sam"));

		ArgumentCaptor<NewUser> sent = ArgumentCaptor.forClass(NewUser.class);
		verify(this.directory).createUser(sent.capture());
		assertThat(sent.getValue().organisationIdentifier()).isEqualTo(PageFixtures.CHARITY.identifier());
	}

	@Test
	void aShortPasswordIsReportedAndNeverShownBack() throws Exception {
		this.mvc
			.perform(post("/admin/users").param("displayName", "Sam Smith")
				.param("username", "sam")
				.param("role", "PROVIDER")
				.param("organisation", "GB-CHC:1234567")
				.param("password", "short-pw")
				.with(user(PageFixtures.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("userForm", "password"))
			.andExpect(content().string(containsString("The password must be at least 12 characters")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("short-pw"))));
		verify(this.directory, never()).createUser(any(NewUser.class));
	}

	@Test
	void anOrganisationWithoutIdentifierIsReportedOnItsFields() throws Exception {
		this.mvc
			.perform(post("/admin/organisations").param("name", "Leeds City Council")
				.with(user(PageFixtures.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AdminOrganisationsPageController.VIEW))
			.andExpect(model().attributeHasFieldErrors("organisationForm", "identifierScheme", "identifierId"));
		verify(this.directory, never()).createOrganisation(any(NewOrganisation.class));
	}

}
