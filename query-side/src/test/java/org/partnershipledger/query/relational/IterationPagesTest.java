package org.partnershipledger.query.relational;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.relational.Hypothesis;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;
import org.partnershipledger.query.web.RelationalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A provider's iterations on pages, and the iteration log. */
class IterationPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private static final String HYPOTHESIS = "We believe weekend outreach for rough sleepers will achieve earlier "
			+ "contact; we will know when first contacts move by 15% within 2 months";

	private void active() {
		showing(RelationalFixtures.active());
	}

	@Test
	void theStartFormOffersTheHypothesisTemplateToFillIn() throws Exception {
		active();

		this.mvc.perform(get(BASE + "/iterations/new").with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + Hypothesis.TEMPLATE + "</textarea>")));
	}

	@Test
	void aHypothesisRefusedByTheCommandSideIsShownOnTheHypothesisField() throws Exception {
		active();
		given(this.commands.send(any(Identity.class), anyString(), any()))
			.willReturn(new CommandOutcome(400, null, "Invalid request", null,
					List.of(new FieldProblem("hypothesis", "Write the hypothesis as: " + Hypothesis.TEMPLATE)), null,
					null));

		this.mvc
			.perform(post(BASE + "/iterations/new").param("plan.title", "Weekend outreach")
				.param("plan.hypothesis", "We believe it will achieve something and we will know when it works")
				.param("plan.changeDescription", "Outreach on Saturdays")
				.param("plan.cohortOrScope", "City centre")
				.param("plan.startedOn.day", "1")
				.param("plan.startedOn.month", "8")
				.param("plan.startedOn.year", "2025")
				.param("plan.plannedEndOn.day", "30")
				.param("plan.plannedEndOn.month", "9")
				.param("plan.plannedEndOn.year", "2025")
				.param("plan.withinAgreedFlexibility", "true")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("iterationForm", "plan.hypothesis"))
			.andExpect(content().string(containsString("href=\"#plan-hypothesis\"")));
	}

	@Test
	void aFinishedIterationIsRecordedInOneStepForTheProvidersOwnParty() throws Exception {
		active();
		given(this.commands.send(any(Identity.class), anyString(), any())).willReturn(new CommandOutcome(201,
				Accepted.iteration(PageFixtures.PARTNERSHIP_ID, "i-9", 18), null, null, List.of(), null, null));

		this.mvc
			.perform(post(BASE + "/iterations/recorded/new").param("plan.title", "Weekend outreach")
				.param("plan.hypothesis", HYPOTHESIS)
				.param("plan.changeDescription", "Outreach on Saturdays")
				.param("plan.cohortOrScope", "City centre")
				.param("plan.startedOn.day", "1")
				.param("plan.startedOn.month", "5")
				.param("plan.startedOn.year", "2025")
				.param("plan.withinAgreedFlexibility", "true")
				.param("conclusion.endedOn.day", "30")
				.param("conclusion.endedOn.month", "6")
				.param("conclusion.endedOn.year", "2025")
				.param("conclusion.evidence", "QUANTITATIVE", "STAFF_FEEDBACK")
				.param("conclusion.result", "VALIDATED")
				.param("conclusion.decision", "ADOPT")
				.param("conclusion.learningSummary", "Earlier contact on Saturdays")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=18"));

		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).send(any(Identity.class),
				eq("/internal/v1/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/iterations/recorded"),
				sent.capture());
		RecordIterationRequest request = (RecordIterationRequest) sent.getValue();
		assertThat(request.providerPartyId()).isEqualTo("party-2");
		assertThat(request.plannedEndOn()).isEqualTo(request.endedOn());
	}

	@Test
	void aConclusionWithoutItsResultIsShownAgain() throws Exception {
		active();

		this.mvc
			.perform(post(BASE + "/iterations/" + RelationalFixtures.RUNNING + "/conclusion/new")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("iterationForm", "conclusion.endedOn", "conclusion.evidence",
					"conclusion.result", "conclusion.decision", "conclusion.learningSummary"));
	}

	@Test
	void onlyTheIterationsProviderIsOfferedToConcludeIt() throws Exception {
		active();
		String running = BASE + "/iterations/" + RelationalFixtures.RUNNING;

		this.mvc.perform(get(running).with(user(PageFixtures.provider())))
			.andExpect(content().string(containsString("id=\"conclude-iteration\"")));
		this.mvc.perform(get(running).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(not(containsString("id=\"conclude-iteration\""))));
		this.mvc.perform(get(running + "/conclusion/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/iterations/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLogLinksEachIterationToTheAdaptationsItLedTo() throws Exception {
		active();

		this.mvc.perform(get(BASE + "/iterations").with(user(PageFixtures.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Peer mentors")))
			.andExpect(content().string(containsString("Evening drop-in sessions")))
			.andExpect(content().string(containsString("Follow-up of the iteration")))
			.andExpect(content().string(not(containsString("Start an iteration"))));
	}

}
