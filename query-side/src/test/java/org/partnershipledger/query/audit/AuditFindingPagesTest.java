package org.partnershipledger.query.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;
import org.partnershipledger.query.web.RelationalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Audit findings on pages: the auditor raises one, the commissioner responds to one still
 * awaiting a response.
 */
class AuditFindingPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private void accepted(long version) {
		acceptedAs(Accepted.finding(PageFixtures.PARTNERSHIP_ID, "finding-9", version));
	}

	@Test
	void onlyTheAuditorIsOfferedToRaiseAFindingAndNothingElse() throws Exception {
		showing(RelationalFixtures.withReviews());

		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"raise-finding\""),
					containsString("Raise an audit finding"), not(containsString("id=\"schedule-review\"")),
					not(containsString("/response/new")), not(containsString("/held/new")))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(not(containsString("id=\"raise-finding\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("id=\"raise-finding\""))));
		this.mvc.perform(get(BASE + "/audit-findings/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/audit-findings/new").with(user(PageFixtures.auditor())))
			.andExpect(status().isOk());
	}

	@Test
	void onlyTheCommissionerIsOfferedToRespondToAFindingAwaitingAResponse() throws Exception {
		showing(RelationalFixtures.findingRaised());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(allOf(containsString("id=\"respond-finding-1\""),
					containsString("/audit-findings/finding-1/response/new"))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("/response/new"))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content()
				.string(allOf(containsString("id=\"raise-finding\""), not(containsString("/response/new")))));
		this.mvc.perform(get(BASE + "/audit-findings/finding-1/response/new").with(user(PageFixtures.auditor())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/audit-findings/finding-1/response/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/audit-findings/finding-9/response/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRespondedFindingIsNotOfferedForAnotherResponse() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(allOf(containsString("We now publish before the effective date"),
					not(containsString("/response/new")))));
		this.mvc.perform(get(BASE + "/audit-findings/finding-1/response/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRaisedFindingIsSentAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.withReviews());
		accepted(41);

		this.mvc
			.perform(post(BASE + "/audit-findings/new").param("scope", "Contract change notices")
				.param("asOf.day", "31")
				.param("asOf.month", "3")
				.param("asOf.year", "2026")
				.param("finding", "One notice was late")
				.param("severity", "HIGH")
				.param("eventRefs", "event-40\n\nevent-41")
				.with(user(PageFixtures.auditor()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=41"));

		RaiseAuditFindingRequest request = (RaiseAuditFindingRequest) sentTo("/audit-findings");
		assertThat(request.scope()).isEqualTo("Contract change notices");
		assertThat(request.asOf()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(request.severity()).isEqualTo(FindingSeverity.HIGH);
		assertThat(request.recommendation()).isNull();
		assertThat(request.eventRefs()).containsExactly("event-40", "event-41");
	}

	@Test
	void aFindingWithoutItsScopeIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.withReviews());

		this.mvc
			.perform(post(BASE + "/audit-findings/new").param("finding", "One notice was late")
				.with(user(PageFixtures.auditor()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("findingForm", "scope", "asOf", "severity"));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void anEmptyFindingNamesEachMissingAnswerInTheOrderOfTheForm() throws Exception {
		showing(RelationalFixtures.withReviews());

		this.mvc.perform(post(BASE + "/audit-findings/new").with(user(PageFixtures.auditor())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Enter what the finding covers",
					"Enter the date the finding is as of", "Enter the finding", "Select how severe the finding is")));
	}

	@Test
	void anEmptyResponseAsksWhetherTheFindingIsAccepted() throws Exception {
		showing(RelationalFixtures.findingRaised());

		this.mvc
			.perform(post(BASE + "/audit-findings/finding-1/response/new").with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("findingForm", "accepted", "response"))
			.andExpect(content().string(stringContainsInOrder("Select whether you accept the finding",
					"Enter your response to the finding")));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void aFindingRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.withReviews());
		refused("eventRefs", "There is no event event-99 in this partnership");

		this.mvc
			.perform(post(BASE + "/audit-findings/new").param("scope", "Payments")
				.param("asOf.day", "31")
				.param("asOf.month", "3")
				.param("asOf.year", "2026")
				.param("finding", "A payment was early")
				.param("severity", "LOW")
				.param("eventRefs", "event-99")
				.with(user(PageFixtures.auditor()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("findingForm", "eventRefs"))
			.andExpect(content().string(allOf(containsString("There is no event event-99 in this partnership"),
					containsString("href=\"#eventRefs\""), containsString("event-99"))));
	}

	@Test
	void aResponseIsSentAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.findingRaised());
		accepted(42);

		this.mvc
			.perform(post(BASE + "/audit-findings/finding-1/response/new").param("accepted", "false")
				.param("response", "The notice was on time by our reckoning")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=42"));

		RespondToAuditFindingRequest request = (RespondToAuditFindingRequest) sentTo(
				"/audit-findings/finding-1/response");
		assertThat(request.accepted()).isFalse();
		assertThat(request.response()).isEqualTo("The notice was on time by our reckoning");
	}

	@Test
	void aResponseRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.findingRaised());
		refused("response", "The finding already has a response");

		this.mvc
			.perform(post(BASE + "/audit-findings/finding-1/response/new").param("accepted", "true")
				.param("response", "Agreed")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("findingForm", "response"))
			.andExpect(content().string(
					allOf(containsString("The finding already has a response"), containsString("href=\"#response\""))));
	}

}
