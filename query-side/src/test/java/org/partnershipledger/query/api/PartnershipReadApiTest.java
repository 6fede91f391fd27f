package org.partnershipledger.query.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who sees which partnership, through the JSON API. */
class PartnershipReadApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	private OrganisationIdentifier council;

	private OrganisationIdentifier charity;

	private TestEvents events;

	@BeforeEach
	void divergentPartnershipWithAProvider() {
		this.council = organisation("GB-LAC", "Anytown Council");
		this.charity = organisation("GB-CHC", "Shelter Trust");
		this.events = new TestEvents(this.council);
		publish(this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", this.charity, PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE));
		awaitVersion(this.events.partnershipId(), 3);
	}

	@Test
	void thePartiesSeeThePartnershipAndItsEvents() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);
		String provider = person(UserRole.PROVIDER, this.charity);

		this.mvc
			.perform(get("/api/v1/partnerships/{id}", this.events.partnershipId()).with(httpBasic(provider, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Homelessness outcomes"))
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.status").value("MODEL_CHOSEN"))
			.andExpect(jsonPath("$.divergent").value(true))
			.andExpect(jsonPath("$.divergentSince").value("2025-04-04T09:30:00Z"))
			.andExpect(jsonPath("$.latestAssessment.recommendation.model").value("FORMAL_RELATIONAL_CONTRACT"))
			.andExpect(jsonPath("$.parties.length()").value(2));
		this.mvc
			.perform(get("/api/v1/partnerships/{id}/events", this.events.partnershipId())
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[0].sequenceNumber").value(0))
			.andExpect(jsonPath("$[0].type").value("PartnershipRegistered"))
			.andExpect(jsonPath("$[0].actor.userId").value("commissioner"))
			.andExpect(jsonPath("$[0].summary")
				.value("Registered \u201cHomelessness outcomes\u201d, commissioned by " + "Anytown Council"))
			.andExpect(jsonPath("$[3].payload.chosenModel").value("TRANSACTIONAL_CONTRACT"));
		this.mvc.perform(get("/api/v1/partnerships?divergent=true").with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].partnershipId").value(this.events.partnershipId()))
			.andExpect(jsonPath("$[0].recommendedModel").value("FORMAL_RELATIONAL_CONTRACT"))
			.andExpect(jsonPath("$[0].chosenModel").value("TRANSACTIONAL_CONTRACT"))
			.andExpect(jsonPath("$[0].commissioningParty.name").value("Anytown Council"))
			.andExpect(jsonPath("$[0].overdueReviews").value(0));
		this.mvc.perform(get("/api/v1/partnerships?divergent=false").with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void thePortfolioNarrowsByRecommendedAndChosenModel() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);

		this.mvc
			.perform(get("/api/v1/partnerships?recommendedModel=FORMAL_RELATIONAL_CONTRACT"
					+ "&chosenModel=TRANSACTIONAL_CONTRACT")
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].partnershipId").value(this.events.partnershipId()));
		this.mvc
			.perform(get("/api/v1/partnerships?recommendedModel=TRANSACTIONAL_CONTRACT")
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc
			.perform(get("/api/v1/partnerships?recommendedModel=FORMAL_RELATIONAL_CONTRACT"
					+ "&chosenModel=FORMAL_RELATIONAL_CONTRACT")
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anotherOrganisationCannotSeeThePartnershipWhileAnAuditorSeesAll() throws Exception {
		String outsider = person(UserRole.PROVIDER, organisation("GB-CHC", "Another Charity"));
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));

		this.mvc
			.perform(get("/api/v1/partnerships/{id}", this.events.partnershipId()).with(httpBasic(outsider, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(get("/api/v1/partnerships/{id}/events", this.events.partnershipId())
				.with(httpBasic(outsider, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/partnerships").with(httpBasic(outsider, PASSWORD)))
			.andExpect(jsonPath("$[*].partnershipId").value(not(hasItem(this.events.partnershipId()))));

		this.mvc
			.perform(get("/api/v1/partnerships/{id}", this.events.partnershipId()).with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/partnerships").with(httpBasic(auditor, PASSWORD)))
			.andExpect(jsonPath("$[*].partnershipId").value(hasItem(this.events.partnershipId())));
	}

	@Test
	void anUnknownPartnershipIs404() throws Exception {
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));

		this.mvc.perform(get("/api/v1/partnerships/{id}", "no-such-partnership").with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"));
	}

	@Test
	void aReadThatCannotReachTheAskedVersionSaysItIsStale() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);

		this.mvc
			.perform(get("/api/v1/partnerships/{id}?minVersion=3", this.events.partnershipId())
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Ledger-Stale"));
		this.mvc
			.perform(get("/api/v1/partnerships/{id}?minVersion=4", this.events.partnershipId())
				.with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Ledger-Stale", "true"))
			.andExpect(jsonPath("$.version").value(3));
	}

	@Test
	void anUnknownFilterValueIs400NamingTheParameter() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);

		this.mvc.perform(get("/api/v1/partnerships?status=SLEEPING").with(httpBasic(commissioner, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

}
