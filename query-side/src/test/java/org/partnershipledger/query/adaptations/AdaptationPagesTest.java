package org.partnershipledger.query.adaptations;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.Approval;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Adaptations on pages: proposing, the next steps offered to who may take them, the
 * refusals shown on the forms, and the register with its filters.
 */
class AdaptationPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private static final String PROPOSED = BASE + "/adaptations/" + RelationalFixtures.PROPOSED;

	private static final String AGREED = BASE + "/adaptations/" + RelationalFixtures.AGREED;

	private void active() {
		showing(RelationalFixtures.active());
	}

	@Test
	void aProviderProposesForItsOwnPartyAndGoesBackToTheOverview() throws Exception {
		active();
		given(this.commands.send(any(Identity.class), anyString(), any())).willReturn(new CommandOutcome(201,
				Accepted.adaptation(PageFixtures.PARTNERSHIP_ID, "a-9", 17), null, null, List.of(), null, null));

		this.mvc
			.perform(post(BASE + "/adaptations/new").param("title", "Weekend outreach")
				.param("category", "SERVICE_DESIGN_CHANGE")
				.param("formality", "OPERATIONAL")
				.param("description", "Outreach on Saturdays")
				.param("rationale", "Most rough sleepers are met at weekends")
				.param("valueChangePct", "2.5")
				.param("affectedPartyIds", "party-2")
				.param("triggerRefs", RelationalFixtures.FINISHED)
				.param("proposedEffectiveDate.day", "1")
				.param("proposedEffectiveDate.month", "9")
				.param("proposedEffectiveDate.year", "2025")
				.param("urgent", "false")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=17"));

		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).send(any(Identity.class),
				eq("/internal/v1/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/adaptations"), sent.capture());
		ProposeAdaptationRequest request = (ProposeAdaptationRequest) sent.getValue();
		assertThat(request.proposedByPartyId()).isEqualTo("party-2");
		assertThat(request.expectedImpact().valueChangePct()).isEqualByComparingTo("2.5");
		assertThat(request.triggerRefs()).containsExactly(RelationalFixtures.FINISHED);
	}

	@Test
	void anAgreementBeyondTheDelegationIsShownWithTheDelegationNamed() throws Exception {
		active();
		given(this.commands.send(any(Identity.class), anyString(), any()))
			.willReturn(new CommandOutcome(422, null, "Unprocessable",
					"beyond the delegation of Partnership board: value change 12% exceeds its limit of 10%", List.of(),
					null, null));

		this.mvc
			.perform(post(PROPOSED + "/agreement/new").param("decidedBy", "board")
				.param("comment", "Fine by us")
				.param("conditions", "Review in March\nReport monthly")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AdaptationStepsPageController.AGREE_VIEW))
			.andExpect(content().string(containsString("beyond the delegation of Partnership board")));
	}

	@Test
	void anApprovalRefusedByTheCommandSideIsShownOnTheCommentField() throws Exception {
		active();
		given(this.commands.send(any(Identity.class), anyString(), any()))
			.willReturn(new CommandOutcome(422, null, "Unprocessable", null,
					List.of(new FieldProblem("approvals[0].partyId",
							"Nobody records another party's approval: Pathways Charity (party-2) confirms the "
									+ "agreement itself once it is proposed")),
					null, null));

		this.mvc
			.perform(post(PROPOSED + "/agreement/new").param("decidedBy", "board")
				.param("comment", "We support it")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("agreeForm", "comment"))
			.andExpect(content().string(containsString("href=\"#comment\"")));
	}

	/**
	 * Nobody records another party's approval: the commissioner is not offered to tick
	 * the provider's, and the page names who the agreement binds (for a service design
	 * change, the commissioning party and the delivering provider).
	 */
	@Test
	void theAgreementFormHasNoApprovalToTickForTheProviderAndNamesWhoConfirms() throws Exception {
		active();

		String page = this.mvc.perform(get(PROPOSED + "/agreement/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("Approved by", "type=\"checkbox\"", "name=\"approvals")
			.contains("Propose the agreement", "name=\"comment\"", "This is a joint decision",
					"Your proposal counts as <span>Leeds City Council</span>",
					"People at <span>Pathways Charity</span> will see it");
	}

	@Test
	void theAgreementForwardsOnlyTheCommissionersOwnApprovalAndTheFlashNamesWhoConfirms() throws Exception {
		active();
		given(this.commands.send(any(Identity.class), anyString(), any())).willReturn(new CommandOutcome(201,
				Accepted.adaptation(PageFixtures.PARTNERSHIP_ID, RelationalFixtures.PROPOSED, 18)
					.awaiting("jd-1", List.of("party-2")),
				null, null, List.of(), null, null));

		this.mvc
			.perform(post(PROPOSED + "/agreement/new").param("decidedBy", "board")
				.param("comment", "We support it")
				.param("approvals[0].partyId", "party-2")
				.param("approvals[0].approved", "true")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=18"))
			.andExpect(flash().attribute("flash",
					"Agreement proposed for Evening drop-in sessions: in force once Pathways Charity confirms"));

		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).send(any(Identity.class), eq("/internal/v1/partnerships/" + PageFixtures.PARTNERSHIP_ID
				+ "/adaptations/" + RelationalFixtures.PROPOSED + "/agreement"), sent.capture());
		AgreeAdaptationRequest request = (AgreeAdaptationRequest) sent.getValue();
		assertThat(request.decidedBy()).isEqualTo("board");
		assertThat(request.approvals()).containsExactly(new Approval("party-1", "We support it"));
	}

	@Test
	void anAgreementWithoutACommentSendsNoApprovalAndSaysWhenItIsInForceAtOnce() throws Exception {
		active();
		given(this.commands.send(any(Identity.class), anyString(), any())).willReturn(new CommandOutcome(201,
				Accepted.adaptation(PageFixtures.PARTNERSHIP_ID, RelationalFixtures.PROPOSED, 18), null, null,
				List.of(), null, null));

		this.mvc
			.perform(post(PROPOSED + "/agreement/new").param("decidedBy", "board")
				.param("comment", "  ")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(flash().attribute("flash", "Adaptation agreed: Evening drop-in sessions"));

		AgreeAdaptationRequest request = (AgreeAdaptationRequest) sentTo(
				"/adaptations/" + RelationalFixtures.PROPOSED + "/agreement");
		assertThat(request.approvals()).isEmpty();
	}

	@Test
	void anAssessmentWithoutItsChoicesIsShownAgainWithFieldErrors() throws Exception {
		active();

		this.mvc.perform(post(PROPOSED + "/assessment/new").with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("assessForm", "legalGround", "substantialModificationRisk",
					"contractChangeNoticeRequired"));
	}

	@Test
	void theCommissionerIsOfferedToAssessAgreeAndRejectAProviderProposal() throws Exception {
		active();

		this.mvc.perform(get(PROPOSED).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assessment/new")))
			.andExpect(content().string(containsString("/agreement/new")))
			.andExpect(content().string(containsString("/rejection/new")))
			.andExpect(content().string(not(containsString("/withdrawal/new"))));
	}

	@Test
	void theProposingProviderIsOfferedToRejectOrWithdrawButNotToAgree() throws Exception {
		active();

		this.mvc.perform(get(PROPOSED).with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/rejection/new")))
			.andExpect(content().string(containsString("/withdrawal/new")))
			.andExpect(content().string(not(containsString("/agreement/new"))))
			.andExpect(content().string(not(containsString("/assessment/new"))));
	}

	@Test
	void anAuditorSeesTheWholeStoryButNoActions() throws Exception {
		active();

		this.mvc.perform(get(AGREED).with(user(PageFixtures.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"adaptation-story\"")))
			.andExpect(content().string(containsString("Review after six months")))
			.andExpect(content().string(not(containsString("id=\"adaptation-actions\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(not(containsString("id=\"propose-adaptation\""))))
			.andExpect(content().string(not(containsString("id=\"start-iteration\""))))
			.andExpect(content().string(not(containsString("/departure/new"))));
	}

	@Test
	void aPriceChangeIsImplementedByTheCommissionerNotTheProvider() throws Exception {
		active();

		this.mvc.perform(get(AGREED).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(containsString("/implementation/new")));
		this.mvc.perform(get(AGREED).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("/implementation/new"))));
		this.mvc.perform(get(AGREED + "/implementation/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
	}

	@Test
	void someoneWhoDidNotProposeItCannotWithdrawIt() throws Exception {
		active();

		this.mvc.perform(get(PROPOSED + "/withdrawal/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownAdaptationIsNotFound() throws Exception {
		active();

		this.mvc.perform(get(BASE + "/adaptations/unknown").with(user(PageFixtures.commissioner())))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePortfolioRegisterPassesItsFiltersToTheRegister() throws Exception {
		given(this.register.find(any(Identity.class), any(AdaptationFilter.class))).willReturn(List.of());

		this.mvc
			.perform(get("/adaptations").param("status", "AGREED")
				.param("category", "PRICE_OR_RATE_CHANGE")
				.with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(view().name(AdaptationRegisterPageController.PORTFOLIO_VIEW))
			.andExpect(content().string(containsString("<option value=\"AGREED\" selected=\"selected\">")));

		ArgumentCaptor<AdaptationFilter> filter = ArgumentCaptor.forClass(AdaptationFilter.class);
		verify(this.register).find(any(Identity.class), filter.capture());
		assertThat(filter.getValue().status()).isEqualTo(AdaptationStatus.AGREED);
		assertThat(filter.getValue().formality()).isNull();
	}

	@Test
	void aPartnershipsRegisterShowsOnlyTheAdaptationsThatMatch() throws Exception {
		active();

		this.mvc.perform(get(BASE + "/adaptations").param("status", "REJECTED").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a second locality")))
			.andExpect(content().string(not(containsString("Evening drop-in sessions"))))
			.andExpect(content().string(containsString("1 adaptation matches the filters")));
	}

}
