package org.partnershipledger.query.overview;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.RecommendationFlag;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.FlagExplanations;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class OverviewPageControllerTest extends PageTestSupport {

	private static final String PATH = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	@Test
	void overviewExplainsTheRecommendationAndSaysItIsOurOwnRuleSet() throws Exception {
		showing(PageFixtures.divergent());

		this.mvc.perform(get(PATH).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(view().name(OverviewPageController.VIEW))
			.andExpect(model().attribute("canCommission", true))
			.andExpect(content().string(containsString("4.10 out of 5")))
			.andExpect(content().string(containsString("Weighted sum <span>82</span>")))
			.andExpect(content().string(containsString("Formal-relational contract")))
			.andExpect(content().string(containsString(PageFixtures.relationalRecommendation().rationale())))
			.andExpect(content()
				.string(containsString("RC-1 is Partnership Ledger's own rule set, not a published GO Lab scoring")))
			.andExpect(content().string(containsString("href=\"/framework\"")))
			.andExpect(content().string(containsString("Pathways Charity")));
	}

	@Test
	void overviewSaysThatTheChoiceDivergesSinceWhenAndWhy() throws Exception {
		showing(PageFixtures.divergent());

		this.mvc.perform(get(PATH).with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(model().attribute("canCommission", false))
			.andExpect(content().string(containsString("The chosen model diverges from the recommendation")))
			.andExpect(content().string(containsString("It has diverged since <span>3 June 2025</span>")))
			.andExpect(content().string(containsString("call-off contracts at fixed unit rates")))
			.andExpect(content().string(containsString("A legal or procurement-regime constraint")))
			.andExpect(content().string(not(containsString("Reassess the service"))));
	}

	@Test
	void anAlignmentRecommendationExplainsTheGateAndSaysWhatMoneyWouldChange() throws Exception {
		showing(PageFixtures.alignment());

		this.mvc.perform(get(PATH).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alignment without a contract")))
			.andExpect(content().string(containsString("No money changes hands")))
			.andExpect(content().string(containsString(FlagExplanations.explain(RecommendationFlag.GATE_NO_MONEY))))
			.andExpect(content().string(containsString("If money changed hands")))
			.andExpect(content().string(containsString("No partnership model has been chosen yet")))
			.andExpect(content().string(containsString("Choose the partnership model")));
	}

	@Test
	void aMoveAlongTheSpectrumShowsWhereItCameFromAndWhatItWaitsFor() throws Exception {
		TestEvents events = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));
		PartnershipOverview overview = PartnershipOverview.empty();
		for (EventEnvelope envelope : List.of(events.registered("Moved"),
				events.joined(
						"party-1", "Homes Together", TestEvents.uniqueIdentifier("GB-CHC"), PartyRole.LEAD_PROVIDER),
				events.assessed(true, 2, 2, 2, 2, 2, 2, 2),
				events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.TRANSACTIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE),
				events.contract("contract-1", "party-1"), events.assessed(true, 4, 4, 4, 3, 5, 4, 5),
				events.transitioned(PartnershipModel.TRANSACTIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED,
						TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR))) {
			overview = overview.apply(envelope);
		}
		showing(overview);

		this.mvc.perform(get(PATH).with(user(PageFixtures.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Moved from")))
			.andExpect(content().string(containsString("the contract varied, or a successor contract concluded")));
	}

	/**
	 * A live partnership moving along the spectrum waits for a successor contract: its
	 * commissioner is offered it there (the command side takes it), though the
	 * partnership is ACTIVE, not MODEL_CHOSEN; nobody else is.
	 */
	@Test
	void aMoveWaitingForASuccessorContractOffersItToTheCommissioner() throws Exception {
		TestEvents events = new TestEvents(PageFixtures.COUNCIL.identifier());
		PartnershipOverview overview = PartnershipOverview.empty();
		for (EventEnvelope envelope : List.of(events.registered("Moved"),
				events
					.joined("party-1", "Pathways Charity", PageFixtures.CHARITY.identifier(), PartyRole.LEAD_PROVIDER),
				events.assessed(true, 2, 2, 2, 2, 2, 2, 2),
				events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.TRANSACTIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE),
				events.contract("contract-1", "party-1"), events.assessed(true, 4, 4, 4, 3, 5, 4, 5),
				events.transitioned(PartnershipModel.TRANSACTIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED,
						TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR))) {
			overview = overview.apply(envelope);
		}
		given(this.overviews.find(events.partnershipId())).willReturn(Optional.of(overview));
		String path = "/partnerships/" + events.partnershipId();

		this.mvc.perform(get(path).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"successor-contract\"")))
			.andExpect(content().string(containsString("href=\"" + path + "/contract/new\"")))
			.andExpect(content().string(not(containsString("id=\"transition-instrument\""))));
		this.mvc.perform(get(path).with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"successor-contract\""))));
	}

	@Test
	void aPartnershipThePersonMayNotSeeIsNotFound() throws Exception {
		showing(PageFixtures.divergent());

		this.mvc.perform(get(PATH).with(user(PageFixtures.outsider())))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(not(containsString("Homelessness outcomes partnership"))));
	}

	@Test
	void anUnknownPartnershipIsNotFound() throws Exception {
		given(this.overviews.find("nope")).willReturn(Optional.empty());

		this.mvc.perform(get("/partnerships/nope").with(user(PageFixtures.commissioner())))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void afterAChangeThePageWaitsForItAndSaysSoWhenTheViewHasNotCaughtUp() throws Exception {
		PartnershipOverview stale = PageFixtures.divergent();
		showing(stale);
		given(this.overviews.awaitVersion(eq(PageFixtures.PARTNERSHIP_ID), eq(4L), any(Duration.class)))
			.willReturn(Optional.of(stale));

		this.mvc
			.perform(get(PATH).param("minVersion", "4")
				.flashAttr("flash", "Assessment recorded")
				.with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(view().name(OverviewPageController.VIEW))
			.andExpect(content().string(
					containsString("Your change has been recorded and is still being processed. Refresh in a moment.")))
			.andExpect(content().string(containsString("minVersion=4")))
			.andExpect(content().string(not(containsString("govuk-notification-banner--success"))));
		verify(this.overviews).awaitVersion(eq(PageFixtures.PARTNERSHIP_ID), eq(4L), any(Duration.class));
	}

	@Test
	void afterAChangeThatTheViewShowsThePageSaysItSucceeded() throws Exception {
		showing(PageFixtures.divergent());
		given(this.overviews.awaitVersion(eq(PageFixtures.PARTNERSHIP_ID), eq(3L), any(Duration.class)))
			.willReturn(Optional.of(PageFixtures.divergent()));

		this.mvc
			.perform(get(PATH).param("minVersion", "3")
				.flashAttr("flash", "Model chosen")
				.with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-notification-banner--success")))
			.andExpect(content().string(containsString("Model chosen")))
			.andExpect(content().string(not(containsString("still being processed"))));
	}

	@Test
	void aPartnershipJustRegisteredButNotYetProjectedShowsThatItIsBeingProcessed() throws Exception {
		given(this.registrations.registeredBy("new-one", PageFixtures.commissioner().getUsername())).willReturn(true);
		given(this.overviews.awaitVersion(eq("new-one"), eq(0L), any(Duration.class))).willReturn(Optional.empty());

		this.mvc.perform(get("/partnerships/new-one").param("minVersion", "0").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(view().name(OverviewPageController.PROCESSING_VIEW))
			.andExpect(content().string(containsString("still being processed")));
	}

	@Test
	void anIdNobodyShowedThisPersonIsNotFoundAtOnceEvenAfterAChange() throws Exception {
		this.mvc.perform(get("/partnerships/not-theirs").param("minVersion", "0").with(user(PageFixtures.outsider())))
			.andExpect(status().isNotFound());
		verify(this.overviews, never()).awaitVersion(eq("not-theirs"), anyLong(), any(Duration.class));
	}

}
