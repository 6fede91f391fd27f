package org.partnershipledger.query.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.partnershipledger.api.RequestLimits;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.StandInCommandSide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The finding (issue 13): a command carrying 1.5 MB in {@code authority.reference} was
 * accepted and stored, and its envelope stopped the relay. Now a body over the cap is a
 * 413 and a text over its limit a 400 naming the field; neither reaches the command side.
 */
class OversizedRequestTest extends QuerySideIntegrationTest {

	private static final String REGISTER = """
			{"title": "Homelessness outcomes", "description": "Support", "serviceArea": "Housing",
			 "legalRegime": "PA2023_LIGHT_TOUCH", "plannedPeriod": {"startDate": "2025-04-01", "endDate": "2030-03-31"},
			 "authority": {"type": "%s", "reference": "%s"}}
			""";

	@Autowired
	private MockMvc mvc;

	private final List<StandInCommandSide.Request> forwarded = new CopyOnWriteArrayList<>();

	@Test
	void aCommandCarrying1Point5MegabytesIs413AndNothingIsForwarded() throws Exception {
		answerAndRecord();

		this.mvc.perform(register("x".repeat(1_500_000)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(413));

		assertThat(this.forwarded).isEmpty();
	}

	@Test
	void aTextOverItsLimitIs400NamingTheFieldAndNothingIsForwarded() throws Exception {
		answerAndRecord();

		this.mvc.perform(register("x".repeat(RequestLimits.MAX_LENGTH + 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("authority.reference"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("At most")));

		assertThat(this.forwarded).isEmpty();
	}

	@Test
	void aCommandWithinTheLimitsIsForwarded() throws Exception {
		answerAndRecord();

		this.mvc.perform(register("Cabinet decision 2025/14")).andExpect(status().isCreated());

		assertThat(this.forwarded).hasSize(1);
	}

	private void answerAndRecord() {
		StandInCommandSide.answer((request) -> {
			this.forwarded.add(request);
			return StandInCommandSide.accept(request);
		});
	}

	private MockHttpServletRequestBuilder register(String reference) {
		String commissioner = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Anytown Council"));
		return post("/api/v1/partnerships").with(httpBasic(commissioner, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(REGISTER.formatted(authorityType(), reference));
	}

	private static String authorityType() {
		return org.partnershipledger.events.model.AuthorityType.values()[0].name();
	}

}
