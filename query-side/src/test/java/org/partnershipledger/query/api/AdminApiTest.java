package org.partnershipledger.query.api;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theFirstAdministratorCreatesAnOrganisationAndAPersonWhoCanThenSignIn() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String username = "provider-" + id;
		this.mvc
			.perform(post("/api/v1/admin/organisations").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Shelter Trust\", \"identifier\": {\"scheme\": \"GB-CHC\", \"id\": \"" + id
						+ "\"}}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/admin/organisations/GB-CHC-" + id))
			.andExpect(jsonPath("$.name").value("Shelter Trust"));
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"" + username + "\", \"displayName\": \"Pat Provider\", \"role\": "
						+ "\"PROVIDER\", \"organisationIdentifier\": {\"scheme\": \"GB-CHC\", \"id\": \"" + id
						+ "\"}, \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.password").doesNotExist());

		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("PROVIDER"))
			.andExpect(jsonPath("$.organisation.identifier.id").value(id));
		this.mvc.perform(get("/api/v1/admin/users").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == '" + username + "')]").exists());
	}

	@Test
	void aDuplicateOrganisationOrUsernameIs409() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"name\": \"Twice\", \"identifier\": {\"scheme\": \"GB-COH\", \"id\": \"" + id + "\"}}";
		this.mvc
			.perform(post("/api/v1/admin/organisations").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/admin/organisations").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("identifier"));
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"" + ADMIN + "\", \"displayName\": \"Again\", \"role\": \"ADMIN\", "
						+ "\"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void badInputNamesTheFields() throws Exception {
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"someone\", \"role\": \"PROVIDER\", \"password\": \"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("displayName", "organisationIdentifier", "password")));
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"someone\", \"role\": \"OWNER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("AUDITOR")));
	}

	@Test
	void onlyAnAdministratorMayUseTheAdminApiAndAnAdministratorActsOnNoPartnership() throws Exception {
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));

		this.mvc.perform(get("/api/v1/admin/users").with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
		this.mvc
			.perform(post("/api/v1/partnerships").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Not mine to register\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/partnerships").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

}
