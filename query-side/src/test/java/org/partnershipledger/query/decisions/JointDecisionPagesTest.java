package org.partnershipledger.query.decisions;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.ConfirmJointDecisionRequest;
import org.partnershipledger.api.DeclineJointDecisionRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.query.web.JointDecisionFixtures;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A joint decision on pages: it waits on the overview and on its own page, where a person
 * of an awaited party confirms or declines it for their own party, and nobody else is
 * offered either.
 */
class JointDecisionPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private static final String PAGE = BASE + "/joint-decisions/" + JointDecisionFixtures.DECISION;

	@Test
	void theOverviewListsTheDecisionWaitingAndTellsTheAwaitedPartyItWaitsForIt() throws Exception {
		showing(JointDecisionFixtures.visionProposed());

		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"pending-decisions\""), containsString("Version 2 of the shared vision"),
							containsString("href=\"" + PAGE + "\""), containsString(">Waiting for you</strong>"))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(allOf(containsString("id=\"pending-decisions\""),
					not(containsString(">Waiting for you</strong>")))));
	}

	@Test
	void theAwaitedPartySeesWhatItDecidesWhoConfirmedAndTheFormsForItsOwnParty() throws Exception {
		showing(JointDecisionFixtures.visionProposed());

		this.mvc.perform(get(PAGE).with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(JointDecisionFixtures.STATEMENT), containsString("id=\"waiting-for-you\""),
						containsString("id=\"confirm-form\""), containsString("id=\"decline-form\""),
						containsString(">Confirmed</strong>"), containsString(">Waiting</strong>"))));
	}

	@Test
	void theProposingPartyAndTheAuditorSeeItWithoutForms() throws Exception {
		showing(JointDecisionFixtures.visionProposed());

		for (var person : List.of(PageFixtures.commissioner(), PageFixtures.auditor())) {
			this.mvc.perform(get(PAGE).with(user(person)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(JointDecisionFixtures.STATEMENT),
						not(containsString("id=\"confirm-form\"")), not(containsString("id=\"decline-form\"")))));
		}
		this.mvc.perform(post(PAGE + "/confirmation/new").with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(PAGE).with(user(PageFixtures.outsider()))).andExpect(status().isNotFound());
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void aDecisionNoLongerWaitingIsNotFound() throws Exception {
		showing(JointDecisionFixtures.visionProposed());

		this.mvc.perform(get(BASE + "/joint-decisions/jd-9").with(user(PageFixtures.provider())))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAdaptationsAgreementShowsTheAdaptationAndTheConditions() throws Exception {
		showing(JointDecisionFixtures.agreementProposed());

		this.mvc.perform(get(PAGE).with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Evening drop-in sessions"),
					containsString("Review after three months"), containsString("Within budget"),
					containsString("Partnership board</strong>"), containsString("Parties whose agreement it needs"),
					containsString("Named as affected by its proposer"))));
	}

	@Test
	void theProviderConfirmsForItsOwnPartyAndTheFlashSaysTheDecisionIsInForce() throws Exception {
		showing(JointDecisionFixtures.visionProposed());
		acceptedAs(Accepted.jointDecision(PageFixtures.PARTNERSHIP_ID, JointDecisionFixtures.DECISION, 41));

		this.mvc
			.perform(post(PAGE + "/confirmation/new").param("comment", "Agreed by our trustees")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=41"))
			.andExpect(flash().attribute("flash",
					"Version 2 of the shared vision confirmed: every party has, so it is now in force"));

		ConfirmJointDecisionRequest request = (ConfirmJointDecisionRequest) sentTo(
				"/joint-decisions/" + JointDecisionFixtures.DECISION + "/confirmation");
		assertThat(request.partyId()).isEqualTo("party-2");
		assertThat(request.comment()).isEqualTo("Agreed by our trustees");
	}

	@Test
	void decliningNeedsAReasonAndThenForwardsIt() throws Exception {
		showing(JointDecisionFixtures.visionProposed());

		this.mvc.perform(post(PAGE + "/declining/new").with(user(PageFixtures.provider())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("declineForm", "reason"))
			.andExpect(content().string(containsString("Say why your organisation declines it")));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());

		acceptedAs(Accepted.jointDecision(PageFixtures.PARTNERSHIP_ID, JointDecisionFixtures.DECISION, 41));
		this.mvc
			.perform(post(PAGE + "/declining/new").param("reason", "Families must be in the vision")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=41"));
		DeclineJointDecisionRequest request = (DeclineJointDecisionRequest) sentTo(
				"/joint-decisions/" + JointDecisionFixtures.DECISION + "/declining");
		assertThat(request.partyId()).isEqualTo("party-2");
		assertThat(request.reason()).isEqualTo("Families must be in the vision");
	}

	@Test
	void theHomePageListsWhatWaitsForThePersonsOrganisation() throws Exception {
		var overview = JointDecisionFixtures.visionProposed();
		given(this.waitingDecisions.waitingFor(PageFixtures.provider().identity()))
			.willReturn(List.of(new WaitingDecision(overview.partnershipId(), overview.title(), "party-2",
					overview.pendingDecisions().get(0))));

		this.mvc.perform(get("/").with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"waiting-for-you\""),
					containsString("Version 2 of the shared vision"), containsString("href=\"" + PAGE + "\""))));
		this.mvc.perform(get("/").with(user(PageFixtures.commissioner())))
			.andExpect(content().string(not(containsString("id=\"waiting-for-you\""))));
	}

}
