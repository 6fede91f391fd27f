package org.partnershipledger.query.adaptations;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.relational.AdaptationStatus;
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
				.param("approvals[0].partyId", "party-2")
				.param("approvals[0].approved", "true")
				.param("approvals[0].comment", "Fine by us")
				.param("conditions", "Review in March\nReport monthly")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AdaptationStepsPageController.AGREE_VIEW))
			.andExpect(content().string(containsString("beyond the delegation of Partnership board")));
	}

	@Test
	void aMissingApprovalNamedByTheCommandSideIsShownOnTheApprovalRow() throws Exception {
		active();
		given(this.commands.send(any(Identity.class), anyString(), any()))
			.willReturn(new CommandOutcome(422, null, "Unprocessable", null,
					List.of(new FieldProblem("approvals[0].comment", "Keep the comment under 2000 characters")), null,
					null));

		this.mvc
			.perform(post(PROPOSED + "/agreement/new").param("decidedBy", "board")
				.param("approvals[0].partyId", "party-2")
				.param("approvals[0].approved", "true")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrors("agreeForm", "approvals[0].comment"));
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
