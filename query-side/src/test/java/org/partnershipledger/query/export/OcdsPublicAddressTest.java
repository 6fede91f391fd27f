package org.partnershipledger.query.export;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OCDS package names where it is published from the configured public address, so
 * whoever sends the request cannot write another host into a published document.
 */
class OcdsPublicAddressTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Value("${ledger.public-base-url:http://localhost:8080}")
	private String publicBaseUrl;

	@Test
	void theReleasePackageUriIsBuiltFromThePublicAddressNotTheHostHeader() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		TestEvents events = new TestEvents(council);
		publish(events.registered("Homelessness outcomes"));
		awaitVersion(events.partnershipId(), 0);
		String commissioner = person(UserRole.COMMISSIONER, council);

		this.mvc
			.perform(get("/api/v1/partnerships/{id}/exports/ocds.json", events.partnershipId())
				.header("Host", "attacker.example")
				.header("X-Forwarded-Host", "attacker.example")
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.uri")
				.value(this.publicBaseUrl + "/api/v1/partnerships/" + events.partnershipId() + "/exports/ocds.json"));
	}

}
