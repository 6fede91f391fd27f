package org.partnershipledger.query.decisions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A joint decision published on the real topic waits on the overview and in the list of
 * each awaited party's people, until the last party confirms it and it is in force.
 */
class WaitingDecisionsApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	private TestEvents events;

	private String commissioner;

	private String provider;

	private String funder;

	private String auditor;

	@BeforeEach
	void aVisionProposedToAProviderAndAFunder() {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		OrganisationIdentifier charity = organisation("GB-CHC", "Shelter Trust");
		OrganisationIdentifier foundation = organisation("GB-CHC", "Northshire Foundation");
		this.commissioner = person(UserRole.COMMISSIONER, council);
		this.provider = person(UserRole.PROVIDER, charity);
		this.funder = person(UserRole.COMMISSIONER, foundation);
		this.auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));
		this.events = new TestEvents(council);
		publish(this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", charity, PartyRole.LEAD_PROVIDER),
				this.events.joined("party-2", "Northshire Foundation", foundation, PartyRole.FUNDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED),
				this.events.visionProposed("jd-1", 1, "Nobody sleeps rough", "party-0", "party-1", "party-2"));
		awaitVersion(this.events.partnershipId(), 5);
	}

	@Test
	void eachAwaitedPartysPeopleSeeItAndNobodyElseDoes() throws Exception {
		read("/api/v1/joint-decisions/waiting", this.provider).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].partnershipId").value(this.events.partnershipId()))
			.andExpect(jsonPath("$[0].partnershipTitle").value("Homelessness outcomes"))
			.andExpect(jsonPath("$[0].partyId").value("party-1"))
			.andExpect(jsonPath("$[0].decision.jointDecisionId").value("jd-1"))
			.andExpect(jsonPath("$[0].decision.what").value("Version 1 of the shared vision"))
			.andExpect(jsonPath("$[0].decision.proposal.vision.statement").value("Nobody sleeps rough"));
		read("/api/v1/joint-decisions/waiting", this.funder).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].partyId").value("party-2"));
		read("/api/v1/joint-decisions/waiting", this.commissioner).andExpect(jsonPath("$.length()").value(0));
		read("/api/v1/joint-decisions/waiting", this.auditor).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void theOverviewShowsItWaitingAndNotInForceUntilTheLastPartyConfirms() throws Exception {
		read("/api/v1/partnerships/{id}", this.commissioner).andExpect(jsonPath("$.vision").doesNotExist())
			.andExpect(jsonPath("$.pendingDecisions[0].awaitingPartyIds.length()").value(2));

		publish(this.events.jointConfirmed("jd-1", "party-1", "Agreed by our trustees"));
		awaitVersion(this.events.partnershipId(), 6);
		read("/api/v1/joint-decisions/waiting", this.provider).andExpect(jsonPath("$.length()").value(0));
		read("/api/v1/joint-decisions/waiting", this.funder).andExpect(jsonPath("$.length()").value(1));
		read("/api/v1/partnerships/{id}", this.commissioner)
			.andExpect(jsonPath("$.pendingDecisions[0].confirmations[1].comment").value("Agreed by our trustees"));

		publish(this.events.jointConfirmed("jd-1", "party-2", null),
				this.events.vision(1, "Nobody sleeps rough", "party-0", "party-1", "party-2"));
		awaitVersion(this.events.partnershipId(), 8);
		read("/api/v1/joint-decisions/waiting", this.funder).andExpect(jsonPath("$.length()").value(0));
		read("/api/v1/partnerships/{id}", this.commissioner).andExpect(jsonPath("$.pendingDecisions.length()").value(0))
			.andExpect(jsonPath("$.vision.statement").value("Nobody sleeps rough"));
		read("/api/v1/partnerships/{id}/events", this.commissioner)
			.andExpect(jsonPath("$[5].summary").value(startsWith("Proposed version 1 of the shared vision (joint "
					+ "decision jd-1); in force once confirmed by Shelter Trust and Northshire Foundation")))
			.andExpect(jsonPath("$[6].summary")
				.value("Confirmed joint decision jd-1 for Shelter Trust: Agreed by our trustees"));
	}

	private ResultActions read(String path, String username) throws Exception {
		return this.mvc.perform(get(path, this.events.partnershipId()).with(httpBasic(username, PASSWORD)));
	}

}
