package org.partnershipledger.query.money;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.ClosePartnershipRequest;
import org.partnershipledger.api.TerminateContractRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;
import org.partnershipledger.query.web.RelationalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

/** The end of a partnership on pages: the commissioner ends the contract, then closes. */
class ExitPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private void accepted(long version) {
		acceptedAs(Accepted.partnership(PageFixtures.PARTNERSHIP_ID, version));
	}

	@Test
	void onlyTheCommissionerIsOfferedToEndAnActiveContract() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(allOf(containsString("id=\"terminate-contract\""),
					not(containsString("id=\"close-partnership\"")))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("id=\"terminate-contract\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(not(containsString("id=\"terminate-contract\""))));
		this.mvc.perform(get(BASE + "/contract/termination/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/closure/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheCommissionerIsOfferedToCloseAnExitingPartnership() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(allOf(containsString("id=\"close-partnership\""),
					not(containsString("id=\"terminate-contract\"")))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("id=\"close-partnership\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(not(containsString("id=\"close-partnership\""))));
		this.mvc.perform(get(BASE + "/closure/new").with(user(PageFixtures.auditor())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/contract/termination/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEndedContractIsSentAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.active());
		accepted(61);

		this.mvc
			.perform(post(BASE + "/contract/termination/new").param("reason", "EARLY_BY_AGREEMENT")
				.param("terminationDate.day", "31")
				.param("terminationDate.month", "3")
				.param("terminationDate.year", "2027")
				.param("explanation", "The service moves in-house")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=61"));

		TerminateContractRequest request = (TerminateContractRequest) sentTo("/contract/termination");
		assertThat(request.reason()).isEqualTo(TerminationReason.EARLY_BY_AGREEMENT);
		assertThat(request.terminationDate()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(request.explanation()).isEqualTo("The service moves in-house");
	}

	@Test
	void anEndingWithoutAReasonIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(post(BASE + "/contract/termination/new").with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("exitForm", "reason", "terminationDate"));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void anEndingRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.active());
		refused("terminationDate", "The contract cannot end before it started");

		this.mvc
			.perform(post(BASE + "/contract/termination/new").param("reason", "FOR_CONVENIENCE")
				.param("terminationDate.day", "1")
				.param("terminationDate.month", "1")
				.param("terminationDate.year", "2020")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("exitForm", "terminationDate"))
			.andExpect(content().string(allOf(containsString("The contract cannot end before it started"),
					containsString("href=\"#terminationDate"))));
	}

	@Test
	void aClosureIsSentWithItsLessonsAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.exiting());
		accepted(62);

		this.mvc
			.perform(post(BASE + "/closure/new").param("closedOn.day", "30")
				.param("closedOn.month", "6")
				.param("closedOn.year", "2027")
				.param("summary", "Handed over")
				.param("lessons", "Share data early\n\nAgree the ladder early")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=62"));

		ClosePartnershipRequest request = (ClosePartnershipRequest) sentTo("/closure");
		assertThat(request.closedOn()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(request.summary()).isEqualTo("Handed over");
		assertThat(request.lessons()).containsExactly("Share data early", "Agree the ladder early");
	}

	@Test
	void aClosureRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.exiting());
		refused("closedOn", "The partnership cannot close before its contract ends");

		this.mvc
			.perform(post(BASE + "/closure/new").param("closedOn.day", "1")
				.param("closedOn.month", "1")
				.param("closedOn.year", "2027")
				.param("summary", "Handed over")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("exitForm", "closedOn"))
			.andExpect(content().string(containsString("The partnership cannot close before its contract ends")));
	}

}
