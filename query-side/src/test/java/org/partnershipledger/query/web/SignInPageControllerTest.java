package org.partnershipledger.query.web;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class SignInPageControllerTest extends PageTestSupport {

	@Test
	void theSignInFormPostsUsernameAndPasswordWithACsrfToken() throws Exception {
		this.mvc.perform(get("/sign-in").with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(view().name(SignInPageController.VIEW))
			.andExpect(content().string(containsString("action=\"/sign-in\"")))
			.andExpect(content().string(containsString("name=\"username\"")))
			.andExpect(content().string(containsString("name=\"password\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("There is a problem"))));
	}

	@Test
	void aFailedSignInSaysWhatWasWrong() throws Exception {
		this.mvc.perform(get("/sign-in").param("error", "").with(user(PageFixtures.provider())))
			.andExpect(content().string(containsString("<title>Error: Sign in")))
			.andExpect(content().string(containsString("The username or password is not right")));
	}

}
