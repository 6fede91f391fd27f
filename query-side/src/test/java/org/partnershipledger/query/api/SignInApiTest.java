package org.partnershipledger.query.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void withoutCredentialsTheApiAnswers401AsProblemJson() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	@Test
	void metricsAreForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		// the whole system's health may be DOWN here (no command side runs in these
		// tests)
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordIs401() throws Exception {
		String username = person(UserRole.AUDITOR, organisation("GB-GOV", "National Audit Office"));

		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "not-the-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void meNamesThePersonTheirRoleAndOrganisationWithoutASession() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		String username = person(UserRole.COMMISSIONER, council);

		MvcResult result = this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.role").value("COMMISSIONER"))
			.andExpect(jsonPath("$.organisation.name").value("Anytown Council"))
			.andExpect(jsonPath("$.organisation.identifier.scheme").value("GB-LAC"))
			.andExpect(jsonPath("$.organisation.identifier.id").value(council.id()))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/partnerships'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/partnerships/{partnershipId}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/partnerships/{partnershipId}/events'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/users'].post").exists());
	}

	@Test
	void theOpenApiDocumentDescribesTheRelationalLife() throws Exception {
		String partnership = "$.paths['/api/v1/partnerships/{partnershipId}";
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(partnership + "/parties/{partyId}/departure'].post").exists())
			.andExpect(jsonPath(partnership + "/contract'].post").exists())
			.andExpect(jsonPath(partnership + "/alignment-instrument'].post").exists())
			.andExpect(jsonPath(partnership + "/vision'].post").exists())
			.andExpect(jsonPath(partnership + "/principles'].post").exists())
			.andExpect(jsonPath(partnership + "/governance'].post").exists())
			.andExpect(jsonPath(partnership + "/outcome-measures'].post").exists())
			.andExpect(jsonPath(partnership + "/outcome-measures/{measureId}/revisions'].post").exists())
			.andExpect(jsonPath(partnership + "/adaptations'].post").exists())
			.andExpect(jsonPath(partnership + "/adaptations'].get").exists())
			.andExpect(jsonPath(partnership + "/adaptations/{adaptationId}/assessment'].post").exists())
			.andExpect(jsonPath(partnership + "/adaptations/{adaptationId}/agreement'].post").exists())
			.andExpect(jsonPath(partnership + "/adaptations/{adaptationId}/rejection'].post").exists())
			.andExpect(jsonPath(partnership + "/adaptations/{adaptationId}/withdrawal'].post").exists())
			.andExpect(jsonPath(partnership + "/adaptations/{adaptationId}/implementation'].post").exists())
			.andExpect(jsonPath(partnership + "/adaptations/{adaptationId}/evaluation'].post").exists())
			.andExpect(jsonPath(partnership + "/iterations'].post").exists())
			.andExpect(jsonPath(partnership + "/iterations'].get").exists())
			.andExpect(jsonPath(partnership + "/iterations/{iterationId}/conclusion'].post").exists())
			.andExpect(jsonPath(partnership + "/iterations/recorded'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/adaptations'].get.parameters[*].name")
				.value(containsInAnyOrder("category", "status", "formality")))
			.andExpect(jsonPath("$.components.schemas.AgreeAdaptationRequest").exists());
	}

	@Test
	void theOpenApiDocumentDescribesContractChangeReportsPaymentsDisputesAndAccountability() throws Exception {
		String partnership = "$.paths['/api/v1/partnerships/{partnershipId}";
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(partnership + "/contract-variations'].post").exists())
			.andExpect(jsonPath(partnership + "/contract/extension'].post").exists())
			.andExpect(jsonPath(partnership + "/contract/termination'].post").exists())
			.andExpect(jsonPath(partnership + "/alignment-instrument/ending'].post").exists())
			.andExpect(jsonPath(partnership + "/closure'].post").exists())
			.andExpect(jsonPath(partnership + "/outcome-reports'].post").exists())
			.andExpect(jsonPath(partnership + "/outcome-reports/{reportId}/verification'].post").exists())
			.andExpect(jsonPath(partnership + "/outcome-reports/{reportId}/query'].post").exists())
			.andExpect(jsonPath(partnership + "/outcome-reports/{reportId}/correction'].post").exists())
			.andExpect(jsonPath(partnership + "/payments'].post").exists())
			.andExpect(jsonPath(partnership + "/payments/{paymentId}/made'].post").exists())
			.andExpect(jsonPath(partnership + "/payments/{paymentId}/adjustments'].post").exists())
			.andExpect(jsonPath(partnership + "/disputes'].post").exists())
			.andExpect(jsonPath(partnership + "/disputes/{disputeId}/escalation'].post").exists())
			.andExpect(jsonPath(partnership + "/disputes/{disputeId}/resolution'].post").exists())
			.andExpect(jsonPath(partnership + "/transparency-notices'].post").exists())
			.andExpect(jsonPath(partnership + "/audit-findings'].post").exists())
			.andExpect(jsonPath(partnership + "/audit-findings/{findingId}/response'].post").exists())
			.andExpect(jsonPath(partnership + "/contract-variations'].post.summary")
				.value(containsString("cumulative against the original contract")));
	}

}
