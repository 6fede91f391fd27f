package org.partnershipledger.query.overview;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A read asking for a version of a partnership the views have not received yet (just
 * created, the views still catching up) is a 503 with {@code Retry-After}, never a 404
 * that would look like lost data; without a version it is the usual 404.
 */
class NotYetInViewsApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void aVersionTheViewsDoNotHaveYetIsA503WithRetryAfterNotA404() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Waiting Council"));
		String notYetSeen = UUID.randomUUID().toString();

		this.mvc
			.perform(
					get("/api/v1/partnerships/" + notYetSeen + "?minVersion=0").with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.title").value("Still being processed"));
		this.mvc.perform(get("/api/v1/partnerships/" + notYetSeen).with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isNotFound());
	}

}
