package org.partnershipledger.query.setup;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ModelChoicePageControllerTest extends PageTestSupport {

	private static final String PATH = "/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/model-choices/new";

	@Test
	void theFormShowsTheRecommendationAndIsBasedOnTheLatestAssessment() throws Exception {
		showing(PageFixtures.divergent());

		this.mvc.perform(get(PATH).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(view().name(ModelChoicePageController.VIEW))
			.andExpect(content().string(containsString("What the framework recommends")))
			.andExpect(content().string(containsString("4.10 out of 5")))
			.andExpect(content().string(containsString("Recommended by the latest assessment")))
			.andExpect(content().string(containsString("name=\"basedOnAssessmentId\" value=\"assessment-1\"")));
	}

	@Test
	void beforeAnyAssessmentThePageAsksForOneFirst() throws Exception {
		showing(PageFixtures.registered());

		this.mvc.perform(get(PATH).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Assess the service first")));
	}

	@Test
	void aDepartureWithoutJustificationIsShownOnTheJustificationField() throws Exception {
		showing(PageFixtures.divergent());
		given(this.commands.send(any(Identity.class),
				eq(CommandRoute.CHOOSE_MODEL.internalPath(PageFixtures.PARTNERSHIP_ID)),
				any(ChoosePartnershipModelRequest.class)))
			.willReturn(
					new CommandOutcome(422, null, "The choice breaks a rule",
							"A departure from the recommendation needs a justification",
							List.of(new FieldProblem("departureJustification",
									"Say in at least 50 characters why you depart from the recommendation")),
							null, null));

		this.mvc
			.perform(post(PATH).param("chosenModel", "TRANSACTIONAL_CONTRACT")
				.param("paymentMechanism", "FIXED_PRICE")
				.param("basedOnAssessmentId", "assessment-1")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ModelChoicePageController.VIEW))
			.andExpect(model().attributeHasFieldErrors("choiceForm", "departureJustification"))
			.andExpect(content().string(containsString(
					"<a href=\"#departureJustification\">Say in at least 50 characters why you depart from the recommendation</a>")))
			.andExpect(content().string(containsString("What the framework recommends")));
	}

	@Test
	void aConflictWithoutFieldsIsShownInTheErrorSummary() throws Exception {
		showing(PageFixtures.divergent());
		given(this.commands.send(any(Identity.class),
				eq(CommandRoute.CHOOSE_MODEL.internalPath(PageFixtures.PARTNERSHIP_ID)),
				any(ChoosePartnershipModelRequest.class)))
			.willReturn(new CommandOutcome(409, null, "Conflict",
					"The partnership was reassessed meanwhile; choose against the latest assessment", List.of(), null,
					null));

		this.mvc
			.perform(post(PATH).param("chosenModel", "FORMAL_RELATIONAL_CONTRACT")
				.param("paymentMechanism", "OUTCOMES_BASED")
				.param("basedOnAssessmentId", "assessment-0")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("choiceForm"))
			.andExpect(content().string(containsString("choose against the latest assessment")));
	}

	@Test
	void anIncompatiblePaymentMechanismIsCaughtBeforeSending() throws Exception {
		showing(PageFixtures.divergent());

		this.mvc
			.perform(post(PATH).param("chosenModel", "ALIGNMENT_WITHOUT_CONTRACT")
				.param("paymentMechanism", "FIXED_PRICE")
				.param("basedOnAssessmentId", "assessment-1")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("choiceForm", "paymentMechanism"));
		verifyNoInteractions(this.commands);
	}

	@Test
	void anAcceptedDepartureSaysSoAfterTheRedirect() throws Exception {
		showing(PageFixtures.divergent());
		given(this.commands.send(any(Identity.class),
				eq(CommandRoute.CHOOSE_MODEL.internalPath(PageFixtures.PARTNERSHIP_ID)),
				any(ChoosePartnershipModelRequest.class)))
			.willReturn(new CommandOutcome(201, Accepted.modelChoice(PageFixtures.PARTNERSHIP_ID, "d-2", 4, true), null,
					null, List.of(), null, null));

		this.mvc
			.perform(post(PATH).param("chosenModel", "TRANSACTIONAL_CONTRACT")
				.param("paymentMechanism", "FIXED_PRICE")
				.param("basedOnAssessmentId", "assessment-1")
				.param("departureJustification",
						"The only available framework agreement requires a fixed-price call-off.")
				.param("departureReasonCodes", "LEGAL_OR_REGIME_CONSTRAINT")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/partnerships/" + PageFixtures.PARTNERSHIP_ID + "?minVersion=4"))
			.andExpect(flash().attribute("flash", "Model chosen: it departs from the recommendation"));
	}

	@Test
	void aCommandSideRefusalIsShownAsForbidden() throws Exception {
		showing(PageFixtures.divergent());
		given(this.commands.send(any(Identity.class),
				eq(CommandRoute.CHOOSE_MODEL.internalPath(PageFixtures.PARTNERSHIP_ID)),
				any(ChoosePartnershipModelRequest.class)))
			.willReturn(new CommandOutcome(403, null, "Forbidden", "Only a commissioning party may choose the model",
					List.of(), null, null));

		this.mvc
			.perform(post(PATH).param("chosenModel", "FORMAL_RELATIONAL_CONTRACT")
				.param("paymentMechanism", "OUTCOMES_BASED")
				.param("basedOnAssessmentId", "assessment-1")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error/403"))
			.andExpect(content().string(containsString("Only a commissioning party may choose the model")));
	}

}
