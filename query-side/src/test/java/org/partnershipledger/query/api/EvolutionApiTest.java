package org.partnershipledger.query.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evolution against the recommendation and the dashboard, through Kafka, the
 * projection, PostgreSQL and the JSON API.
 */
class EvolutionApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	private OrganisationIdentifier council;

	private TestEvents converged;

	private TestEvents drifted;

	@BeforeEach
	void twoPartnershipsOfOneCouncil() {
		this.council = organisation("GB-LAC", "Anytown Council");
		this.converged = new TestEvents(this.council);
		publish(this.converged.registered("Homelessness outcomes"),
				this.converged.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.converged.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE),
				this.converged.assessed(true, TestEvents.TRANSACTIONAL_SCORES));
		this.drifted = new TestEvents(this.council);
		publish(this.drifted.registered("School meals"), this.drifted.assessed(true, TestEvents.TRANSACTIONAL_SCORES),
				this.drifted.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.TRANSACTIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE),
				this.drifted.assessed(true, TestEvents.RELATIONAL_SCORES));
		awaitVersion(this.converged.partnershipId(), 3);
		awaitVersion(this.drifted.partnershipId(), 3);
	}

	@Test
	void theEvolutionGivesEachPeriodAgainstTheRecommendation() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);

		this.mvc
			.perform(get("/api/v1/partnerships/{id}/evolution", this.converged.partnershipId())
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].from").value("2025-04-02T09:30:00Z"))
			.andExpect(jsonPath("$[0].to").value("2025-04-03T09:30:00Z"))
			.andExpect(jsonPath("$[0].recommendedModel").value("FORMAL_RELATIONAL_CONTRACT"))
			.andExpect(jsonPath("$[0].chosenModel").value(nullValue()))
			.andExpect(jsonPath("$[0].divergent").value(false))
			.andExpect(jsonPath("$[0].justified").value(nullValue()))
			.andExpect(jsonPath("$[1].from").value("2025-04-03T09:30:00Z"))
			.andExpect(jsonPath("$[1].to").value("2025-04-04T09:30:00Z"))
			.andExpect(jsonPath("$[1].recommendedModel").value("FORMAL_RELATIONAL_CONTRACT"))
			.andExpect(jsonPath("$[1].chosenModel").value("TRANSACTIONAL_CONTRACT"))
			.andExpect(jsonPath("$[1].divergent").value(true))
			.andExpect(jsonPath("$[1].justified").value(true))
			.andExpect(jsonPath("$[2].from").value("2025-04-04T09:30:00Z"))
			.andExpect(jsonPath("$[2].to").value(nullValue()))
			.andExpect(jsonPath("$[2].recommendedModel").value("TRANSACTIONAL_CONTRACT"))
			.andExpect(jsonPath("$[2].chosenModel").value("TRANSACTIONAL_CONTRACT"))
			.andExpect(jsonPath("$[2].divergent").value(false))
			.andExpect(jsonPath("$[2].justified").value(nullValue()));
	}

	@Test
	void theEvolutionIsHiddenFromOrganisationsNotPartyAndWaitsForMinVersion() throws Exception {
		String stranger = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Elsewhere Council"));
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOR", "Audit Office"));

		this.mvc
			.perform(get("/api/v1/partnerships/{id}/evolution", this.converged.partnershipId())
				.with(httpBasic(stranger, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/partnerships/{id}/evolution", this.converged.partnershipId()).param("minVersion", "9")
				.with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Ledger-Stale", "true"))
			.andExpect(jsonPath("$", hasSize(3)));
	}

	@Test
	void theDashboardCountsTheCouncilsPartnershipsAndListsTheDivergenceWithoutJustification() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);

		this.mvc.perform(get("/api/v1/dashboard").with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.divergent").value(1))
			.andExpect(jsonPath("$.notJustified").value(1))
			.andExpect(jsonPath("$.byChosenModel.TRANSACTIONAL_CONTRACT").value(2))
			.andExpect(jsonPath("$.byRecommendedModel.FORMAL_RELATIONAL_CONTRACT").value(1))
			.andExpect(jsonPath("$.recommendedByChosen[1].byChosenModel.TRANSACTIONAL_CONTRACT").value(1))
			.andExpect(jsonPath("$.partnerships[0].title").value("School meals"))
			.andExpect(jsonPath("$.partnerships[0].divergentSince").value("2025-04-04T09:30:00Z"))
			.andExpect(jsonPath("$.partnerships[0].justified").value(false));
		this.mvc.perform(get("/api/v1/dashboard").param("justified", "true").with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.partnerships", hasSize(0)));
	}

	@Test
	void theOpenApiDocumentDescribesTheEvolutionAndTheDashboard() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/partnerships/{partnershipId}/evolution'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dashboard'].get").exists());
	}

}
