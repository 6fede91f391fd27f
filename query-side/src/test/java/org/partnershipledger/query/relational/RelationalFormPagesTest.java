package org.partnershipledger.query.relational;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.query.Overviews;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.JointDecisionFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The set-up forms of a relational partnership: contract, vision, principles, governance,
 * measures and a party's departure.
 */
class RelationalFormPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private void commandAnswers(CommandOutcome outcome) {
		given(this.commands.send(any(Identity.class), anyString(), any())).willReturn(outcome);
	}

	private static CommandOutcome accepted(long version) {
		return new CommandOutcome(201, Accepted.partnership(PageFixtures.PARTNERSHIP_ID, version), null, null,
				List.of(), null, null);
	}

	@Test
	void theContractPageSaysWhatIsMissingBeforeAFormalRelationalPartnershipCanBecomeActive() throws Exception {
		showing(RelationalFixtures.visionOnly());

		this.mvc.perform(get(BASE + "/contract/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"contract-missing\"")))
			.andExpect(content().string(containsString("guiding principles and governance arrangements")));
		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(containsString("id=\"activation-checklist\"")))
			.andExpect(content().string(containsString("The contract will be refused until the")));
	}

	@Test
	void aRefusedContractIsShownAgainWithTheCommandSidesReasonInTheSummary() throws Exception {
		showing(RelationalFixtures.visionOnly());
		commandAnswers(new CommandOutcome(409, null, "Conflict",
				"The partnership cannot become active: agree the guiding principles and governance first", List.of(),
				null, null));

		this.mvc
			.perform(post(BASE + "/contract/new").param("dateSigned.day", "30")
				.param("dateSigned.month", "6")
				.param("dateSigned.year", "2025")
				.param("startDate.day", "1")
				.param("startDate.month", "7")
				.param("startDate.year", "2025")
				.param("endDate.day", "30")
				.param("endDate.month", "6")
				.param("endDate.year", "2030")
				.param("value", "12,500,000")
				.param("supplierPartyIds", "party-2")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ActivationPageController.CONTRACT_VIEW))
			.andExpect(model().attributeHasErrors("contractForm"))
			.andExpect(content().string(containsString("agree the guiding principles and governance first")));
		verify(this.commands).send(any(Identity.class),
				eq("/internal/v1/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/contract"), any());
	}

	/**
	 * Nobody records another party's agreement: the form names who the vision binds
	 * (every party but evaluators) and that each confirms it, and asks nobody to be
	 * ticked.
	 */
	@Test
	void theVisionFormNamesThePartiesItBindsAndHasNoAgreedByCheckboxes() throws Exception {
		showing(RelationalFixtures.activeWithAFunderAndAnEvaluator());

		String page = this.mvc.perform(get(BASE + "/vision/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("name=\"agreedByPartyIds\"", "Which parties agreed")
			.contains("<h1 class=\"govuk-heading-l\">Propose the shared vision</h1>", "This is a joint decision",
					"It is in force once each of them has confirmed it",
					"Your proposal counts as <span>Leeds City Council</span>'s", "on their home page");
		String bound = page.substring(page.indexOf("id=\"joint-decision-parties\""));
		bound = bound.substring(0, bound.indexOf("</ul>"));
		assertThat(bound).contains("Leeds City Council", "Pathways Charity", "Northshire Community Foundation")
			.doesNotContain("Northshire Evaluation Unit");
	}

	@Test
	void theVisionFormSaysWhenAProposalOfItIsAlreadyWaiting() throws Exception {
		showing(JointDecisionFixtures.visionProposed());

		this.mvc.perform(get(BASE + "/vision/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"joint-decision-waiting\"")))
			.andExpect(content().string(containsString("already waiting for <span>Pathways Charity</span>")))
			.andExpect(content().string(containsString("href=\"" + BASE + "/joint-decisions/jd-1\"")));
		this.mvc.perform(get(BASE + "/principles/new").with(user(PageFixtures.commissioner())))
			.andExpect(content().string(not(containsString("id=\"joint-decision-waiting\""))));
	}

	@Test
	void aVisionIsProposedWithoutPartiesAndTheFlashNamesThePartiesItWaitsFor() throws Exception {
		showing(RelationalFixtures.activeWithAFunderAndAnEvaluator());
		commandAnswers(new CommandOutcome(201, Accepted.jointDecision(PageFixtures.PARTNERSHIP_ID, "jd-1", 30)
			.awaiting("jd-1", List.of("party-2", "party-funder")), null, null, List.of(), null, null));

		this.mvc
			.perform(post(BASE + "/vision/new").param("statement", "A settled home for everyone")
				.param("agreedByPartyIds", "party-1")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=30"))
			.andExpect(flash().attribute("flash",
					"Shared vision proposed: in force once Pathways Charity and Northshire Community Foundation confirm"));

		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).send(any(Identity.class),
				eq("/internal/v1/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/vision"), sent.capture());
		AgreeSharedVisionRequest request = (AgreeSharedVisionRequest) sent.getValue();
		assertThat(request.statement()).isEqualTo("A settled home for everyone");
		assertThat(request.agreedByPartyIds()).isEmpty();
	}

	@Test
	void aVisionRefusedForItsPartiesShowsTheReasonInTheErrorSummary() throws Exception {
		showing(RelationalFixtures.relationalChosen());
		commandAnswers(new CommandOutcome(422, null, "Unprocessable", null,
				List.of(new FieldProblem("agreedByPartyIds",
						"This joint decision binds Leeds City Council (party-1), Pathways Charity (party-2)")),
				null, null));

		this.mvc
			.perform(post(BASE + "/vision/new").param("statement", "A settled home for everyone")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(RelationalBasisPageController.VISION_VIEW))
			.andExpect(model().attributeHasErrors("visionForm"))
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("This joint decision binds Leeds City Council (party-1)")));
	}

	@Test
	void theInstrumentIsProposedWithoutSignatoriesAndTheFlashSaysWhoIsAwaited() throws Exception {
		showing(RelationalFixtures.alignmentChosen());
		this.mvc.perform(get(BASE + "/alignment-instrument/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"signatoryPartyIds\""))))
			.andExpect(content().string(containsString("Propose the alignment instrument")))
			.andExpect(content().string(containsString("People at <span>Pathways Charity</span> will see it")));
		commandAnswers(new CommandOutcome(201,
				Accepted.jointDecision(PageFixtures.PARTNERSHIP_ID, "jd-1", 4).awaiting("jd-1", List.of("party-2")),
				null, null, List.of(), null, null));

		this.mvc
			.perform(post(BASE + "/alignment-instrument/new").param("instrumentType", "PARTNERSHIP_CHARTER")
				.param("effectiveFrom.day", "1")
				.param("effectiveFrom.month", "7")
				.param("effectiveFrom.year", "2025")
				.param("reviewBy.day", "1")
				.param("reviewBy.month", "7")
				.param("reviewBy.year", "2026")
				.param("legallyBinding", "false")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=4"))
			.andExpect(flash().attribute("flash",
					"Partnership charter proposed: in force once Pathways Charity confirms"));

		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).send(any(Identity.class), anyString(), sent.capture());
		assertThat(((AdoptAlignmentInstrumentRequest) sent.getValue()).signatoryPartyIds()).isEmpty();
	}

	@Test
	void principlesAreSentWithoutTheEmptyRowsAndThePersonGoesBackToTheOverview() throws Exception {
		showing(RelationalFixtures.relationalChosen());
		commandAnswers(accepted(5));

		this.mvc
			.perform(post(BASE + "/principles/new").param("principles[0].code", "RECIPROCITY")
				.param("principles[0].description", "We share gains and losses")
				.param("principles[0].observableBehaviours", "Open book each quarter\n\nJoint budget reviews")
				.param("principles[2].code", "HONESTY")
				.param("principles[2].description", "We say early when things go wrong")
				.param("principles[2].observableBehaviours", "Problems raised within a week")
				.param("authorityType", "BOARD_DECISION")
				.param("authorityReference", "Board minutes, 3 March")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(BASE + "?minVersion=5"))
			.andExpect(flash().attribute("flash", "Guiding principles agreed"));

		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).send(any(Identity.class),
				eq("/internal/v1/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/principles"), sent.capture());
		AgreeGuidingPrinciplesRequest request = (AgreeGuidingPrinciplesRequest) sent.getValue();
		assertThat(request.principles()).extracting((principle) -> principle.code())
			.containsExactly(PrincipleCode.RECIPROCITY, PrincipleCode.HONESTY);
		assertThat(request.principles().get(0).observableBehaviours()).containsExactly("Open book each quarter",
				"Joint budget reviews");
		assertThat(request.authority().reference()).isEqualTo("Board minutes, 3 March");
		assertThat(request.agreedByPartyIds()).isEmpty();
	}

	@Test
	void aDelegationProblemOfTheRequestIsShownOnTheBodyRowItCameFrom() throws Exception {
		showing(RelationalFixtures.relationalChosen());
		commandAnswers(new CommandOutcome(400, null, "Invalid request", null, List
			.of(new FieldProblem("delegations[0].maxValueChangePct", "The limit is a percentage of zero or more")),
				null, null));

		this.mvc
			.perform(post(BASE + "/governance/new").param("bodies[1].name", "Operations group")
				.param("bodies[1].tier", "OPERATIONAL")
				.param("bodies[1].memberPartyIds", "party-1", "party-2")
				.param("bodies[1].maxValueChangePct", "5")
				.param("bodies[1].maxTermChangePct", "5")
				.param("bodies[1].allowedCategories", "SERVICE_DESIGN_CHANGE")
				.param("disputeLadder", "JOINT_WORKING_GROUP", "MEDIATION")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(RelationalBasisPageController.GOVERNANCE_VIEW))
			.andExpect(model().attributeHasFieldErrors("governanceForm", "bodies[1].maxValueChangePct"));

		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).send(any(Identity.class), anyString(), sent.capture());
		AgreeGovernanceArrangementsRequest request = (AgreeGovernanceArrangementsRequest) sent.getValue();
		assertThat(request.bodies()).singleElement()
			.satisfies((body) -> assertThat(body.bodyId()).isEqualTo("operations-group"));
	}

	@Test
	void aGovernanceBodyWithoutATierOrMembersIsShownAgainWithoutAsking() throws Exception {
		showing(RelationalFixtures.relationalChosen());

		this.mvc
			.perform(post(BASE + "/governance/new").param("bodies[0].name", "Board")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("governanceForm", "bodies[0].tier", "bodies[0].memberPartyIds",
					"disputeLadder"));
		verify(this.commands, never()).send(any(), anyString(), any());
	}

	@Test
	void aProviderMayNotProposeTheVision() throws Exception {
		showing(RelationalFixtures.relationalChosen());

		this.mvc.perform(get(BASE + "/vision/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error/403"));
	}

	@Test
	void anAlignmentPartnershipsMeasureFormDoesNotAskAboutPayments() throws Exception {
		PartnershipOverview chosen = RelationalFixtures.relationalChosen();
		showing(Overviews.of(chosen.partnershipId(), chosen.title(), chosen.description(), chosen.serviceArea(),
				chosen.legalRegime(), chosen.plannedPeriod(), null, chosen.status(), chosen.version(),
				chosen.commissioningParty(), chosen.parties(), chosen.latestAssessment(), chosen.assessments(),
				chosen.recommendedModel(),
				org.partnershipledger.events.framework.PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT,
				org.partnershipledger.events.framework.PaymentMechanism.NONE, null, false, null, chosen.registeredAt(),
				chosen.lastRecordedAt()));

		this.mvc.perform(get(BASE + "/outcome-measures/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"paymentLinked\""))));
	}

	@Test
	void aRevisionOnceActiveIsSentWithTheAgreedAdaptationAndRedirectsWithTheVersion() throws Exception {
		showing(RelationalFixtures.active());
		commandAnswers(accepted(20));

		this.mvc
			.perform(post(BASE + "/outcome-measures/measure-1/revisions/new").param("name", "Tenancies sustained")
				.param("kind", "OUTCOME")
				.param("unit", "people")
				.param("target", "160")
				.param("reason", "A higher target with the new rate")
				.param("adaptationId", RelationalFixtures.AGREED)
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=20"));
		verify(this.commands).send(any(Identity.class), eq(
				"/internal/v1/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/outcome-measures/measure-1/revisions"),
				any());
	}

	/** The commissioner learns before recording it that the leaving lapses them. */
	@Test
	void theDeparturePageNamesTheWaitingDecisionsThatBindTheLeavingPartyAndLapseWithIt() throws Exception {
		showing(JointDecisionFixtures.visionProposed());

		this.mvc.perform(get(BASE + "/parties/party-2/departure/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lapsing-decisions\"")))
			.andExpect(content().string(containsString("Version 2 of the shared vision")))
			.andExpect(content().string(containsString("/joint-decisions/jd-1")));
		showing(RelationalFixtures.active());
		this.mvc.perform(get(BASE + "/parties/party-2/departure/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"lapsing-decisions\""))));
	}

	@Test
	void aPartysDepartureIsRecordedByTheCommissionerOnly() throws Exception {
		showing(RelationalFixtures.active());
		commandAnswers(accepted(21));

		this.mvc.perform(get(BASE + "/parties/party-2/departure/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(BASE + "/parties/party-2/departure/new").param("reason", "The charity merged")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=21"))
			.andExpect(flash().attribute("flash", "Pathways Charity has left the partnership"));
		verify(this.commands).send(any(Identity.class),
				eq("/internal/v1/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/parties/party-2/departure"), any());
	}

}
