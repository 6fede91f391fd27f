package org.partnershipledger.query.history;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timeline page and the overview and portfolio as of a date, inside the whole
 * application, for a partnership whose correction was recorded months after it took
 * effect.
 */
class HistoryPagesTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	private BackdatedCorrection partnership;

	private MockHttpSession commissioner;

	@BeforeEach
	void signedInToAPartnershipWithABackdatedCorrection() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Pages Council");
		OrganisationIdentifier charity = organisation("GB-CHC", "Pages Trust");
		this.partnership = new BackdatedCorrection(council, charity);
		publish(this.partnership.all());
		awaitVersion(this.partnership.partnershipId(), 6);
		this.commissioner = signIn(person(UserRole.COMMISSIONER, council));
	}

	@Test
	void theTimelineShowsEveryEventWithWhoWhenWhyAndTheRecordAsStored() throws Exception {
		this.mvc.perform(get(path() + "/timeline").session(this.commissioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("7 events.")))
			.andExpect(content().string(containsString("Outcome report corrected")))
			.andExpect(content().string(containsString("Recorded later")))
			.andExpect(content().string(containsString("Two people were counted twice")))
			.andExpect(content().string(containsString("Pat Provider")))
			.andExpect(content().string(containsString("for Shelter Trust")))
			.andExpect(content().string(containsString("The record as stored")))
			.andExpect(content().string(containsString("&quot;sequenceNumber&quot; : 5")));
	}

	@Test
	void anAuditorRaisesAFindingFromAnEventOrFromTheDateTheyLookedAtWithTheFormFilledIn() throws Exception {
		MockHttpSession auditor = signIn(person(UserRole.AUDITOR, organisation("GB-GOR", "Pages Audit")));
		String correction = this.partnership.envelopes.get(5).eventId();

		String timeline = this.mvc.perform(get(path() + "/timeline").session(auditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String asOf = this.mvc.perform(get(path() + "?asOf=2025-08-31&axis=effective").session(auditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String fromEvent = this.mvc.perform(get(link(timeline, "raise-finding-5")).session(auditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String fromDate = this.mvc.perform(get(link(asOf, "raise-finding-as-of")).session(auditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(fromEvent).contains(correction + "</textarea>")
			.contains("value=\"Event 5: Outcome report corrected\"");
		assertThat(fromDate).contains("value=\"The partnership as in effect on 31 August 2025\"")
			.contains("value=\"31\"", "value=\"8\"", "value=\"2025\"");
		this.mvc.perform(get(path() + "/timeline").session(this.commissioner))
			.andExpect(content().string(not(containsString("raise-finding-"))));
	}

	@Test
	void aFindingLinksTheEventsItRestsOnAndMayRestOnlyOnThePartnershipsOwnEvents() throws Exception {
		String auditorName = person(UserRole.AUDITOR, organisation("GB-GOR", "Pages Audit"));
		MockHttpSession auditor = signIn(auditorName);
		String correction = this.partnership.envelopes.get(5).eventId();
		publish(this.partnership.events.findingRaised("finding-1", "The late correction", FindingSeverity.LOW,
				"Recorded three months after it took effect", List.of(correction, "event-elsewhere")));
		awaitVersion(this.partnership.partnershipId(), 7);

		this.mvc.perform(get(path()).session(auditor))
			.andExpect(content().string(containsString("/timeline#event-5\">Event 5</a>")))
			.andExpect(content().string(containsString("event-elsewhere</span> (no event of this")));
		this.mvc
			.perform(post(path() + "/audit-findings/new").session(auditor)
				.with(csrf())
				.param("scope", "Corrections")
				.param("asOf.day", "31")
				.param("asOf.month", "8")
				.param("asOf.year", "2025")
				.param("finding", "A correction came late")
				.param("severity", "LOW")
				.param("eventRefs", correction + "\nnot-an-event"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no event not-an-event in this partnership")));
		this.mvc
			.perform(post("/api/v1" + path() + "/audit-findings").with(httpBasic(auditorName, PASSWORD))
				.contentType("application/json")
				.content("{\"scope\":\"Corrections\",\"asOf\":\"2025-08-31\",\"finding\":\"Late\","
						+ "\"severity\":\"LOW\",\"eventRefs\":[\"" + correction + "\",\"not-an-event\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("eventRefs[1]"));
	}

	/** The address of the link with this id, as a browser would follow it. */
	private static URI link(String page, String id) {
		Matcher href = Pattern.compile("id=\"" + id + "\"\\s+href=\"([^\"]+)\"").matcher(page);
		assertThat(href.find()).as("a link with id " + id).isTrue();
		return URI.create(HtmlUtils.htmlUnescape(href.group(1)));
	}

	@Test
	void theTimelineFiltersWithAPlainFormAndExplainsABadValue() throws Exception {
		this.mvc
			.perform(get(path() + "/timeline?type=OutcomeReportCorrected&actor=&from=&to=").session(this.commissioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 event matches the filter.")))
			.andExpect(content().string(not(containsString("id=\"event-0\""))));
		this.mvc
			.perform(get(path() + "/timeline?actor=provider&from=2025-07-01&to=2025-07-01").session(this.commissioner))
			.andExpect(content().string(containsString("1 event matches the filter.")));
		this.mvc.perform(get(path() + "/timeline?from=July").session(this.commissioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#filter-from\"")));
	}

	@Test
	void anotherOrganisationSeesNeitherTheTimelineNorThePast() throws Exception {
		MockHttpSession outsider = signIn(person(UserRole.COMMISSIONER, organisation("GB-LAC", "Elsewhere Council")));
		this.mvc.perform(get(path() + "/timeline").session(outsider)).andExpect(status().isNotFound());
		this.mvc.perform(get(path() + "?asOf=2025-08-31").session(outsider)).andExpect(status().isNotFound());
	}

	@Test
	void theOverviewLinksToTheTimelineAndOffersToSeeItAsItStood() throws Exception {
		this.mvc.perform(get(path()).session(this.commissioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/timeline\"")))
			.andExpect(content().string(containsString("See it as it stood on")))
			.andExpect(content().string(not(containsString("id=\"as-of-banner\""))));
	}

	@Test
	void asRecordedOnADateTheBannerNamesTheCorrectionRecordedLater() throws Exception {
		this.mvc.perform(get(path() + "?asOf=2025-08-31&axis=recorded").session(this.commissioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("As recorded by")))
			.andExpect(content().string(containsString("id=\"axes-differ\"")))
			.andExpect(content().string(containsString("Event 5")))
			.andExpect(content().string(containsString("recorded 1 October 2025")))
			.andExpect(content().string(not(containsString("Add a party"))));
		this.mvc.perform(get(path() + "?asOf=2025-08-31&axis=effective").session(this.commissioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("As in effect on")))
			.andExpect(content().string(containsString("it includes 1 event that took effect")));
		this.mvc.perform(get(path() + "?asOf=2025-06-30&axis=effective").session(this.commissioner))
			.andExpect(content().string(containsString("id=\"axes-agree\"")));
	}

	@Test
	void aBadDateOnTheOverviewShowsItAsItIsNowWithTheProblem() throws Exception {
		this.mvc.perform(get(path() + "?asOf=last+summer").session(this.commissioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"as-of-error\"")))
			.andExpect(content().string(not(containsString("id=\"as-of-banner\""))));
	}

	@Test
	void thePortfolioAsOfADateLeavesOutWhatWasNotRegisteredYet() throws Exception {
		this.mvc.perform(get("/?asOf=2025-03-31").session(this.commissioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A view of the past")))
			.andExpect(content().string(not(containsString("Housing outcomes"))));
		this.mvc.perform(get("/?asOf=2025-04-02&axis=effective").session(this.commissioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Housing outcomes")))
			.andExpect(content().string(containsString("asOf=2025-04-02&amp;axis=effective")));
	}

	private String path() {
		return "/partnerships/" + this.partnership.partnershipId();
	}

	private MockHttpSession signIn(String username) throws Exception {
		return signIn(this.mvc, username);
	}

}
