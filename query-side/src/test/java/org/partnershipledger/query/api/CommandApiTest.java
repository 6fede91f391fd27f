package org.partnershipledger.query.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the public API checks itself before forwarding. The command side is not running in
 * these tests, so a well-formed command meets a 503.
 */
class CommandApiTest extends QuerySideIntegrationTest {

	private static final String VALID = """
			{"title": "Homelessness outcomes", "description": "Support", "serviceArea": "Housing",
			 "legalRegime": "PA2023_LIGHT_TOUCH", "plannedPeriod": {"startDate": "2025-04-01", "endDate": "2030-03-31"}}
			""";

	@Autowired
	private MockMvc mvc;

	@Test
	void malformedJsonIs400ProblemJson() throws Exception {
		this.mvc.perform(command("/api/v1/partnerships", "{\"title\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Malformed JSON"));
	}

	@Test
	void anUnknownEnumValueIs400NamingTheField() throws Exception {
		this.mvc.perform(command("/api/v1/partnerships", VALID.replace("PA2023_LIGHT_TOUCH", "MAGNA_CARTA")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("legalRegime"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("PA2023_PUBLIC_CONTRACT")));
	}

	@Test
	void aNestedInvalidValueIs400NamingItsPath() throws Exception {
		this.mvc.perform(command("/api/v1/partnerships/p-1/assessments",
				"{\"trigger\": \"INITIAL\", \"scores\": {\"SPECIFIABILITY\": {\"score\": \"high\", \"evidence\": \"x\"}}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.SPECIFIABILITY.score"));
		this.mvc
			.perform(command("/api/v1/partnerships",
					VALID.replace("\"endDate\": \"2030-03-31\"", "\"endDate\": \"2020-03-31\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plannedPeriod"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("endDate")));
	}

	@Test
	void anUnknownEnumValueInARelationalCommandIs400NamingItsPath() throws Exception {
		this.mvc
			.perform(command("/api/v1/partnerships/p-1/adaptations",
					"{\"category\": \"MOOD_CHANGE\", \"formality\": \"OPERATIONAL\", \"title\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("SERVICE_DESIGN_CHANGE")));
		this.mvc
			.perform(command("/api/v1/partnerships/p-1/governance",
					"{\"bodies\": [{\"bodyId\": \"board\", \"tier\": \"GALACTIC\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bodies[0].tier"));
	}

	@Test
	void malformedReviewCommandsAre400NamingTheField() throws Exception {
		this.mvc.perform(command("/api/v1/partnerships/p-1/reviews", "{\"type\": \"TEA_PARTY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("OPERATIONAL_REVIEW")));
		this.mvc.perform(command("/api/v1/partnerships/p-1/reviews/r-1/rescheduling", "{\"newDueDate\": \"soon\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newDueDate"));
		this.mvc
			.perform(command("/api/v1/partnerships/p-1/reviews/r-1/held",
					"{\"relationalHealth\": [{\"partyId\": \"party-1\", \"respondents\": [{\"TRUST\": \"high\"}]}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("relationalHealth[0].respondents[0].TRUST"));
		this.mvc.perform(command("/api/v1/partnerships/p-1/reviews/r-1/minutes-confirmation", "{\"dissent\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Malformed JSON"));
	}

	@Test
	void malformedContractPaymentDisputeAndAuditCommandsAre400NamingTheField() throws Exception {
		this.mvc
			.perform(command("/api/v1/partnerships/p-1/contract-variations",
					"{\"valueAfter\": {\"amount\": \"lots\", \"currency\": \"GBP\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("valueAfter.amount"));
		this.mvc.perform(command("/api/v1/partnerships/p-1/contract/termination", "{\"reason\": \"BORED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("EARLY_BY_AGREEMENT")));
		this.mvc.perform(command("/api/v1/partnerships/p-1/outcome-reports", "{\"value\": \"many\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
		this.mvc.perform(command("/api/v1/partnerships/p-1/payments/pay-1/adjustments", "{\"kind\": \"BONUS\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc.perform(command("/api/v1/partnerships/p-1/disputes/d-1/escalation", "{\"toStep\": \"DUEL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("toStep"));
		this.mvc.perform(command("/api/v1/partnerships/p-1/audit-findings", "{\"severity\": \"DIRE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("severity"));
		this.mvc.perform(command("/api/v1/partnerships/p-1/transparency-notices", "{\"noticeType\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Malformed JSON"));
	}

	@Test
	void malformedJsonOnARelationalCommandIs400() throws Exception {
		this.mvc.perform(command("/api/v1/partnerships/p-1/iterations/i-1/conclusion", "{\"endedOn\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Malformed JSON"));
		this.mvc
			.perform(command("/api/v1/partnerships/p-1/adaptations/a-1/implementation",
					"{\"implementedOn\": \"next Tuesday\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("implementedOn"));
	}

	@Test
	void aRelationalCommandIsForwardedAnd503WhenTheCommandSideCannotBeReached() throws Exception {
		this.mvc.perform(command("/api/v1/partnerships/p-1/vision", "{\"statement\": \"Nobody sleeps rough\"}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.title").value("The command side is unavailable"));
	}

	@Test
	void aCommandIs503WhenTheCommandSideCannotBeReached() throws Exception {
		this.mvc.perform(command("/api/v1/partnerships", VALID))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("The command side is unavailable"));
	}

	private RequestBuilder command(String path, String body) {
		String commissioner = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Anytown Council"));
		return post(path).with(httpBasic(commissioner, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
