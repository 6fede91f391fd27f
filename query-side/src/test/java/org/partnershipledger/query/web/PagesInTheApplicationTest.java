package org.partnershipledger.query.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages inside the whole application: the real security rules, sign-in with a
 * session, and partnerships that arrived through Kafka into the real projection.
 */
class PagesInTheApplicationTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theFrameworkPageAndTheStylesAreOpenToEveryone() throws Exception {
		this.mvc.perform(get("/framework"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How a partnership model is recommended")));
		this.mvc.perform(get("/assets/ledger/ledger.css")).andExpect(status().isOk());
		this.mvc.perform(get("/assets/ledger/init.js")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"))
			.andExpect(status().isOk());
	}

	@Test
	void theOtherPagesAskPeopleToSignInFirst() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/sign-in"));
		this.mvc.perform(get("/sign-in"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to Partnership Ledger")));
	}

	@Test
	void aCommissionerSignsInSeesTheirPartnershipAndItsDriftThenSignsOut() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Pageton Council");
		String username = person(UserRole.COMMISSIONER, council);
		TestEvents events = new TestEvents(council);
		publish(events.registered("Pageton homelessness partnership"),
				events.joined("party-1", "Pageton Shelter", TestEvents.uniqueIdentifier("GB-CHC"),
						PartyRole.LEAD_PROVIDER),
				events.assessed(true, TestEvents.RELATIONAL_SCORES),
				events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE));
		awaitVersion(events.partnershipId(), 3);

		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/sign-in").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);

		this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pageton homelessness partnership")))
			.andExpect(content().string(containsString("Register a partnership")));
		this.mvc.perform(get("/partnerships/" + events.partnershipId()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The chosen model diverges from the recommendation")))
			.andExpect(content().string(containsString("we pilot first for a year")))
			.andExpect(content().string(containsString("Reassess the service")));
		this.mvc.perform(post("/sign-out").with(csrf()).session(session))
			.andExpect(redirectedUrl("/sign-in?signed-out"));
	}

	@Test
	void someoneFromAnotherOrganisationCannotFindThePartnership() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Hiddenham Council");
		TestEvents events = new TestEvents(council);
		publish(events.registered("Hiddenham day centres"));
		awaitVersion(events.partnershipId(), 0);
		String stranger = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Elsewhere Council"));

		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/sign-in").user(stranger).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);

		this.mvc.perform(get("/partnerships/" + events.partnershipId()).session(session))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void theFirstAdministratorManagesPeople() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/sign-in").user(ADMIN).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/admin/users").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a person")));
	}

}
