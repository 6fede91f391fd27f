package org.partnershipledger.query.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input the request records cannot take is answered as 400 naming the field, never as a
 * Java exception.
 */
class InputProblemsTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void aNullInAListOfIdsIs400NamingItsPlaceInTheList() throws Exception {
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));

		this.mvc
			.perform(command(auditor, "/api/v1/partnerships/p-1/audit-findings",
					"{\"scope\": \"Payments\", \"eventRefs\": [null]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].field").value("eventRefs[0]"))
			.andExpect(jsonPath("$.detail").value(not(containsString("Exception"))))
			.andExpect(jsonPath("$.errors[0].message").value(not(containsString("Exception"))));
	}

	@Test
	void aNullFurtherOnInAListIsNamedByItsIndex() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Anytown Council"));

		this.mvc
			.perform(command(commissioner, "/api/v1/partnerships/p-1/parties",
					"{\"name\": \"Shelter Trust\", \"roles\": [\"LEAD_PROVIDER\", null]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles[1]"))
			.andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
	}

	private static RequestBuilder command(String username, String path, String body) {
		return post(path).with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
