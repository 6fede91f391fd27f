package org.partnershipledger.query.setup;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class AddPartyPageControllerTest extends PageTestSupport {

	private static final String PATH = "/partnerships/" + PageFixtures.PARTNERSHIP_ID + "/parties/new";

	@Test
	void aPartyIsSentWithItsIdentifierAndRoles() throws Exception {
		showing(PageFixtures.registered());
		given(this.commands.send(any(Identity.class),
				eq(CommandRoute.ADD_PARTY.internalPath(PageFixtures.PARTNERSHIP_ID)), any(AddPartyRequest.class)))
			.willReturn(new CommandOutcome(201, Accepted.party(PageFixtures.PARTNERSHIP_ID, "party-3", 2), null, null,
					List.of(), null, null));

		this.mvc
			.perform(post(PATH).param("name", "Social Investors Ltd")
				.param("identifierScheme", "GB-COH")
				.param("identifierId", "09876543")
				.param("roles", "FUNDER", "INVESTOR")
				.param("basis", "CONTRACT")
				.param("reason", "Funds the outcomes contract")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/partnerships/" + PageFixtures.PARTNERSHIP_ID + "?minVersion=2"))
			.andExpect(flash().attribute("flash", "Social Investors Ltd added as a party"));

		ArgumentCaptor<AddPartyRequest> sent = ArgumentCaptor.forClass(AddPartyRequest.class);
		verify(this.commands).send(any(Identity.class),
				eq(CommandRoute.ADD_PARTY.internalPath(PageFixtures.PARTNERSHIP_ID)), sent.capture());
		assertThat(sent.getValue().identifier()).hasToString("GB-COH-09876543");
		assertThat(sent.getValue().roles()).containsExactly(PartyRole.FUNDER, PartyRole.INVESTOR);
	}

	@Test
	void aPartyWithoutRolesOrBasisIsShownAgain() throws Exception {
		showing(PageFixtures.registered());

		this.mvc.perform(
				post(PATH).param("name", "Social Investors Ltd").with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AddPartyPageController.VIEW))
			.andExpect(model().attributeHasFieldErrors("partyForm", "identifierScheme", "identifierId", "roles",
					"basis", "reason"));
	}

}
