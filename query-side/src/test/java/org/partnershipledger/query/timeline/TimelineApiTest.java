package org.partnershipledger.query.timeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/partnerships/{id}/events} filtered by type, person and period. The
 * events took effect a day apart from 1 April 2025.
 */
class TimelineApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	private TestEvents events;

	private String auditor;

	@BeforeEach
	void fourEventsByTwoPeople() {
		OrganisationIdentifier council = organisation("GB-LAC", "Timeline Council");
		this.auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "Timeline Audit"));
		this.events = new TestEvents(council);
		publish(this.events.registered("Timeline partnership"),
				this.events.joined("party-1", "Timeline Trust", TestEvents.uniqueIdentifier("GB-CHC"),
						PartyRole.LEAD_PROVIDER),
				this.events.measureDefined("measure-1", "People housed", "150"),
				this.events.outcomeReported("report-1", "party-1", "measure-1", "42"));
		awaitVersion(this.events.partnershipId(), 3);
	}

	@Test
	void byTypeByPersonAndByPeriod() throws Exception {
		this.mvc.perform(get(path() + "?type=OutcomeReported").with(httpBasic(this.auditor, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].sequenceNumber").value(3))
			.andExpect(jsonPath("$[0].actor.userId").value("provider"));
		this.mvc.perform(get(path() + "?actor=commissioner").with(httpBasic(this.auditor, PASSWORD)))
			.andExpect(jsonPath("$[*].sequenceNumber").value(contains(0, 1, 2)));
		this.mvc.perform(get(path() + "?from=2025-04-02&to=2025-04-03").with(httpBasic(this.auditor, PASSWORD)))
			.andExpect(jsonPath("$[*].sequenceNumber").value(contains(1, 2)));
		this.mvc
			.perform(get(path() + "?from=2025-04-02T09:30:00Z&actor=commissioner&type=MeasureNotThere")
				.with(httpBasic(this.auditor, PASSWORD)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get(path() + "?from=2025-04-02T09:30:00Z&actor=commissioner")
				.with(httpBasic(this.auditor, PASSWORD)))
			.andExpect(jsonPath("$[*].sequenceNumber").value(contains(1, 2)));
	}

	@Test
	void aBadFilterValueIsA400NamingTheParameter() throws Exception {
		this.mvc.perform(get(path() + "?type=Nonsense").with(httpBasic(this.auditor, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		this.mvc.perform(get(path() + "?from=yesterday").with(httpBasic(this.auditor, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		this.mvc.perform(get(path() + "?from=2025-05-01&to=2025-04-01").with(httpBasic(this.auditor, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	private String path() {
		return "/api/v1/partnerships/" + this.events.partnershipId() + "/events";
	}

}
