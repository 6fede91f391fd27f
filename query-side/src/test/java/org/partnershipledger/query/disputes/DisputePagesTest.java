package org.partnershipledger.query.disputes;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.query.identity.LedgerUser;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disputes on pages: a party raises one, a party to it escalates it, the commissioner
 * records its resolution.
 */
class DisputePagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private static final String DISPUTE = BASE + "/disputes/dispute-1";

	private void accepted(long version) {
		acceptedAs(Accepted.dispute(PageFixtures.PARTNERSHIP_ID, "dispute-9", version));
	}

	@Test
	void partiesAreOfferedToRaiseADisputeButTheAuditorIsNot() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(containsString("id=\"raise-dispute\"")));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(containsString("id=\"raise-dispute\"")));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(not(containsString("id=\"raise-dispute\""))));
		this.mvc.perform(get(BASE + "/disputes/new").with(user(PageFixtures.auditor())))
			.andExpect(status().isForbidden());
	}

	/**
	 * In an alignment partnership a statutory partner proposes adaptations and raises
	 * disputes for itself; under a contract it does neither.
	 */
	@Test
	void aStatutoryPartnerProposesAndRaisesDisputesOnlyInAnAlignmentPartnership() throws Exception {
		LedgerUser statutory = new LedgerUser(
				new Identity("sam", "Sam Statutory", UserRole.COMMISSIONER, RelationalFixtures.CARE_BOARD), "{noop}x");
		showing(RelationalFixtures.alignmentWithAStatutoryPartner());
		this.mvc.perform(get(BASE).with(user(statutory)))
			.andExpect(content()
				.string(allOf(containsString("id=\"raise-dispute\""), containsString("id=\"propose-adaptation\""))));
		this.mvc.perform(get(BASE + "/disputes/new").with(user(statutory))).andExpect(status().isOk());
		this.mvc.perform(get(BASE + "/adaptations/new").with(user(statutory))).andExpect(status().isOk());

		showing(RelationalFixtures.activeWithAStatutoryPartner());
		this.mvc.perform(get(BASE).with(user(statutory)))
			.andExpect(content().string(allOf(not(containsString("id=\"raise-dispute\"")),
					not(containsString("id=\"propose-adaptation\"")))));
		this.mvc.perform(get(BASE + "/disputes/new").with(user(statutory))).andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/adaptations/new").with(user(statutory))).andExpect(status().isForbidden());
	}

	@Test
	void partiesToTheDisputeMayEscalateItAndOnlyTheCommissionerRecordsItsResolution() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(
					allOf(containsString("id=\"escalate-dispute-1\""), containsString("id=\"resolve-dispute-1\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(allOf(containsString("id=\"escalate-dispute-1\""),
					not(containsString("id=\"resolve-dispute-1\"")))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(allOf(not(containsString("id=\"escalate-dispute-1\"")),
					not(containsString("id=\"resolve-dispute-1\"")), not(containsString("id=\"raise-dispute\"")))));
		this.mvc.perform(get(DISPUTE + "/resolution/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(DISPUTE + "/escalation/new").with(user(PageFixtures.auditor())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRaisedDisputeIsSentForThePersonsOwnPartyAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.active());
		accepted(71);

		this.mvc
			.perform(post(BASE + "/disputes/new").param("withPartyIds", "party-1")
				.param("subject", "Late referral data")
				.param("principlesAllegedlyBreached", "RECIPROCITY", "HONESTY")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=71"));

		RaiseDisputeRequest request = (RaiseDisputeRequest) sentTo("/disputes");
		assertThat(request.raisedByPartyId()).isEqualTo("party-2");
		assertThat(request.withPartyIds()).containsExactly("party-1");
		assertThat(request.subject()).isEqualTo("Late referral data");
		assertThat(request.principlesAllegedlyBreached()).containsExactly(PrincipleCode.RECIPROCITY,
				PrincipleCode.HONESTY);
	}

	@Test
	void aDisputeWithNoOneIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(post(BASE + "/disputes/new").with(user(PageFixtures.provider())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("disputeForm", "withPartyIds", "subject"));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void aDisputeRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.active());
		refused("withPartyIds", "party-1 has left the partnership");

		this.mvc
			.perform(post(BASE + "/disputes/new").param("withPartyIds", "party-1")
				.param("subject", "Late data")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("disputeForm", "withPartyIds"))
			.andExpect(content().string(allOf(containsString("party-1 has left the partnership"),
					containsString("href=\"#withPartyIds\""))));
	}

	@Test
	void anEscalationIsSentAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.exiting());
		accepted(72);

		this.mvc
			.perform(post(DISPUTE + "/escalation/new").param("toStep", "EXPERT_DETERMINATION")
				.param("reason", "Mediation failed")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=72"));

		EscalateDisputeRequest request = (EscalateDisputeRequest) sentTo("/disputes/dispute-1/escalation");
		assertThat(request.toStep()).isEqualTo(DisputeStep.EXPERT_DETERMINATION);
		assertThat(request.reason()).isEqualTo("Mediation failed");
	}

	@Test
	void anEscalationRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.exiting());
		refused("toStep", "The agreed ladder has no step after mediation");

		this.mvc
			.perform(post(DISPUTE + "/escalation/new").param("toStep", "EXPERT_DETERMINATION")
				.param("reason", "Mediation failed")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("disputeForm", "toStep"))
			.andExpect(content().string(containsString("The agreed ladder has no step after mediation")));
	}

	@Test
	void theResolutionFormNamesThePartiesToTheDisputeAndAsksNoneToBeTicked() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(get(DISPUTE + "/resolution/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"agreedByPartyIds\""))))
			.andExpect(content().string(containsString("Propose a resolution")))
			.andExpect(content().string(containsString("Your proposal counts as <span>Leeds City Council</span>")))
			.andExpect(content().string(containsString("People at <span>Pathways Charity</span> will see it")));
	}

	@Test
	void aResolutionIsProposedWithoutPartiesAndTheFlashSaysWhoIsAwaited() throws Exception {
		showing(RelationalFixtures.exiting());
		acceptedAs(Accepted.dispute(PageFixtures.PARTNERSHIP_ID, "dispute-1", 73).awaiting("jd-2", List.of("party-2")));

		this.mvc
			.perform(post(DISPUTE + "/resolution/new").param("resolution", "Data weekly")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=73"))
			.andExpect(flash().attribute("flash",
					"Resolution proposed for Late referral data: in force once Pathways Charity confirms"));

		ResolveDisputeRequest request = (ResolveDisputeRequest) sentTo("/disputes/dispute-1/resolution");
		assertThat(request.agreedByPartyIds()).isEmpty();
		assertThat(request.resolution()).isEqualTo("Data weekly");
	}

	@Test
	void aResolutionRefusedForItsPartiesShowsTheReasonInTheErrorSummary() throws Exception {
		showing(RelationalFixtures.exiting());
		refused("agreedByPartyIds",
				"This joint decision binds Leeds City Council (party-1), Pathways Charity (party-2)");

		this.mvc
			.perform(post(DISPUTE + "/resolution/new").param("resolution", "Data weekly")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("disputeForm"))
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("This joint decision binds Leeds City Council (party-1)")));
	}

}
