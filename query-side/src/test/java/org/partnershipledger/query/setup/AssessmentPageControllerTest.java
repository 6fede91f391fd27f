package org.partnershipledger.query.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class AssessmentPageControllerTest extends PageTestSupport {

	private static final String PATH = "/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/assessments/new";

	@BeforeEach
	void partnershipExists() {
		showing(PageFixtures.registered());
	}

	@Test
	void theFormAsksEveryQuestionWithItsAnchorsAndNotKnown() throws Exception {
		var result = this.mvc.perform(get(PATH).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(view().name(AssessmentPageController.VIEW));
		for (Dimension dimension : Dimension.values()) {
			result.andExpect(content().string(containsString(dimension.question())))
				.andExpect(content().string(containsString(dimension.lowAnchor())))
				.andExpect(content().string(containsString(dimension.highAnchor())));
		}
		result.andExpect(content().string(containsString("id=\"scores-6-evidence\"")))
			.andExpect(content().string(containsString("value=\"unknown\"")))
			.andExpect(content().string(containsString("Not known")))
			.andExpect(content().string(containsString("for=\"moneyChangesHands\"")));
	}

	@Test
	void theCommandSidesFieldPathsLandOnTheRightDimension() throws Exception {
		given(this.commands.send(any(Identity.class),
				eq(CommandRoute.ASSESS_SERVICE.internalPath(PageFixtures.PARTNERSHIP_ID)),
				any(AssessServiceCharacteristicsRequest.class)))
			.willReturn(new CommandOutcome(400, null, "Invalid request", null,
					List.of(new FieldProblem("scores.SPECIFIABILITY.evidence",
							"Say where the specification comes from"),
							new FieldProblem("scores.LOCK_IN", "Score D6 LOCK_IN")),
					null, null));

		this.mvc.perform(complete().with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AssessmentPageController.VIEW))
			.andExpect(model().attributeHasFieldErrors("assessmentForm", "scores[0].evidence", "scores[5].score"))
			.andExpect(content()
				.string(containsString("<a href=\"#scores-0-evidence\">Say where the specification comes from</a>")))
			.andExpect(content().string(containsString("<a href=\"#scores-5-score\">Score D6 LOCK_IN</a>")))
			.andExpect(content().string(containsString("id=\"scores-0-evidence-error\"")));
	}

	@Test
	void aScoreLeftUnchosenIsReportedWithoutSendingAnything() throws Exception {
		this.mvc
			.perform(complete("scores[2].score", "", "scores[3].evidence", "too short")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("assessmentForm", "scores[2].score", "scores[3].evidence"))
			.andExpect(content().string(containsString("Choose a score for D3 learning need, or choose Not known")))
			.andExpect(
					content().string(containsString("Give evidence for D4 verifiability of at least 20 characters")));
		verifyNoInteractions(this.commands);
	}

	@Test
	void anAcceptedAssessmentIsSentWithUnknownScoresAsEmpty() throws Exception {
		given(this.commands.send(any(Identity.class),
				eq(CommandRoute.ASSESS_SERVICE.internalPath(PageFixtures.PARTNERSHIP_ID)),
				any(AssessServiceCharacteristicsRequest.class)))
			.willReturn(new CommandOutcome(201,
					Accepted.assessment(PageFixtures.PARTNERSHIP_ID, "a-1", 2, PageFixtures.relationalRecommendation()),
					null, null, List.of(), null, null));

		this.mvc.perform(complete("scores[5].score", "unknown").with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/partnerships/" + PageFixtures.PARTNERSHIP_ID + "?minVersion=2"));

		ArgumentCaptor<AssessServiceCharacteristicsRequest> sent = ArgumentCaptor
			.forClass(AssessServiceCharacteristicsRequest.class);
		verify(this.commands).send(any(Identity.class),
				eq(CommandRoute.ASSESS_SERVICE.internalPath(PageFixtures.PARTNERSHIP_ID)), sent.capture());
		assertThat(sent.getValue().trigger()).isEqualTo(AssessmentTrigger.INITIAL);
		assertThat(sent.getValue().moneyChangesHands()).isTrue();
		assertThat(sent.getValue().scores()).hasSize(7);
		assertThat(sent.getValue().scores().get(Dimension.SPECIFIABILITY).score()).isEqualTo(4);
		assertThat(sent.getValue().scores().get(Dimension.LOCK_IN).isUnknown()).isTrue();
	}

	@Test
	void aPersonWhoDoesNotCommissionThePartnershipMayNotAssessIt() throws Exception {
		this.mvc.perform(get(PATH).with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error/403"));
	}

	private static MockHttpServletRequestBuilder complete(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("trigger", "INITIAL");
		fields.put("moneyChangesHands", "true");
		fields.put("outcomeMetricsAvailable", "false");
		int[] scores = { 4, 4, 4, 3, 5, 4, 5 };
		for (int i = 0; i < scores.length; i++) {
			fields.put("scores[" + i + "].score", String.valueOf(scores[i]));
			fields.put("scores[" + i + "].evidence", "Evidence from the needs assessment, section " + (i + 1));
		}
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(PATH);
		fields.forEach(request::param);
		return request;
	}

}
