package org.partnershipledger.query.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.VaryContractRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.model.AuthorityType;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.LegalGround;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changes to the deal on pages: a contract variation under an agreed adaptation, an
 * extension within the contract's extent, the end of an alignment instrument.
 */
class ContractChangePagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private void accepted(long version) {
		acceptedAs(Accepted.partnership(PageFixtures.PARTNERSHIP_ID, version));
	}

	@Test
	void onlyTheCommissionerIsOfferedToVaryTheContractUnderAnAgreedAdaptation() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content()
				.string(allOf(containsString("id=\"vary-contract\""), not(containsString("id=\"extend-contract\"")))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("id=\"vary-contract\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(not(containsString("id=\"vary-contract\""))));
		this.mvc.perform(get(BASE + "/contract-variations/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/contract/extension/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void withNothingAgreedTheContractIsOnlyOfferedToBeExtended() throws Exception {
		showing(RelationalFixtures.extendable());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content()
				.string(allOf(containsString("id=\"extend-contract\""), not(containsString("id=\"vary-contract\"")))));
		this.mvc.perform(get(BASE + "/contract-variations/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/contract/extension/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractExtendedAsFarAsItsPeriodAllowsIsNotOfferedAnotherExtension() throws Exception {
		showing(RelationalFixtures.extendedToTheMaximum());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content()
				.string(allOf(containsString("30 June 2032"), not(containsString("id=\"extend-contract\"")))));
		this.mvc.perform(get(BASE + "/contract/extension/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theVariationFormStartsWithTheContractAsItIsNowAndTheAdaptationChosen() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc
			.perform(get(BASE + "/contract-variations/new").param("adaptation", RelationalFixtures.AGREED)
				.with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("£12,500,000"), containsString("value=\"12500000\""),
					containsString("value=\"30\""), containsString("value=\"2030\""),
					containsString("Higher rate for sustained tenancies"),
					containsString("value=\"PRICE_OR_RATE_CHANGE\" selected=\"selected\""),
					not(containsString("Evening drop-in sessions")))));
	}

	@Test
	void aVariationIsSentAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.active());
		accepted(80);

		this.mvc
			.perform(post(BASE + "/contract-variations/new").param("sourceAdaptationId", RelationalFixtures.AGREED)
				.param("category", "PRICE_OR_RATE_CHANGE")
				.param("legalGround", "SCHEDULE_8_PROVIDED_FOR_IN_CONTRACT")
				.param("valueAfter", "13,000,000")
				.param("termEndAfter.day", "30")
				.param("termEndAfter.month", "6")
				.param("termEndAfter.year", "2030")
				.param("effectiveDate.day", "1")
				.param("effectiveDate.month", "10")
				.param("effectiveDate.year", "2026")
				.param("contractChangeNoticeRequired", "true")
				.param("noticeReference", "UK10-2026-0042")
				.param("noticePublishedOn.day", "15")
				.param("noticePublishedOn.month", "9")
				.param("noticePublishedOn.year", "2026")
				.param("authorityType", "BOARD_DECISION")
				.param("authorityReference", "Board minutes, 1 September 2026")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=80"));

		VaryContractRequest request = (VaryContractRequest) sentTo("/contract-variations");
		assertThat(request.sourceAdaptationId()).isEqualTo(RelationalFixtures.AGREED);
		assertThat(request.category()).isEqualTo(AdaptationCategory.PRICE_OR_RATE_CHANGE);
		assertThat(request.legalGround()).isEqualTo(LegalGround.SCHEDULE_8_PROVIDED_FOR_IN_CONTRACT);
		assertThat(request.valueAfter()).isEqualTo(new Money(new BigDecimal("13000000"), "GBP"));
		assertThat(request.termEndAfter()).isEqualTo(LocalDate.of(2030, 6, 30));
		assertThat(request.effectiveDate()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(request.noticeRequired()).isTrue();
		assertThat(request.noticeReference()).isEqualTo("UK10-2026-0042");
		assertThat(request.noticePublishedOn()).isEqualTo(LocalDate.of(2026, 9, 15));
		assertThat(request.authority().type()).isEqualTo(AuthorityType.BOARD_DECISION);
	}

	@Test
	void aRequiredNoticePublishedOnOrAfterTheEffectiveDateIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc
			.perform(post(BASE + "/contract-variations/new").param("sourceAdaptationId", RelationalFixtures.AGREED)
				.param("category", "PRICE_OR_RATE_CHANGE")
				.param("legalGround", "SCHEDULE_8_PROVIDED_FOR_IN_CONTRACT")
				.param("valueAfter", "13000000")
				.param("termEndAfter.day", "30")
				.param("termEndAfter.month", "6")
				.param("termEndAfter.year", "2030")
				.param("effectiveDate.day", "1")
				.param("effectiveDate.month", "10")
				.param("effectiveDate.year", "2026")
				.param("contractChangeNoticeRequired", "true")
				.param("noticePublishedOn.day", "1")
				.param("noticePublishedOn.month", "10")
				.param("noticePublishedOn.year", "2026")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contractForm", "noticePublishedOn", "noticeReference"))
			.andExpect(content().string(allOf(
					containsString("The contract change notice must be published before the variation takes effect"),
					containsString("href=\"#noticeReference"))));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void anEmptyVariationNamesEveryMissingAnswer() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(post(BASE + "/contract-variations/new").with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contractForm", "sourceAdaptationId", "category", "legalGround",
					"valueAfter", "termEndAfter", "effectiveDate", "contractChangeNoticeRequired"));
	}

	@Test
	void aVariationRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.active());
		refused("termEndAfter", "The term must not end before the contract starts, 2025-07-01");

		this.mvc
			.perform(post(BASE + "/contract-variations/new").param("sourceAdaptationId", RelationalFixtures.AGREED)
				.param("category", "PRICE_OR_RATE_CHANGE")
				.param("legalGround", "NOT_SUBSTANTIAL_S74")
				.param("valueAfter", "13000000")
				.param("termEndAfter.day", "1")
				.param("termEndAfter.month", "1")
				.param("termEndAfter.year", "2025")
				.param("effectiveDate.day", "1")
				.param("effectiveDate.month", "10")
				.param("effectiveDate.year", "2026")
				.param("contractChangeNoticeRequired", "false")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contractForm", "termEndAfter"))
			.andExpect(content().string(containsString("The term must not end before the contract starts")));
	}

	@Test
	void anExtensionIsSentWithItsNewEndDate() throws Exception {
		showing(RelationalFixtures.extendable());
		accepted(81);

		this.mvc.perform(get(BASE + "/contract/extension/new").with(user(PageFixtures.commissioner())))
			.andExpect(content().string(allOf(containsString("30 June 2030"), containsString("30 June 2032"))));
		this.mvc
			.perform(post(BASE + "/contract/extension/new").param("date.day", "30")
				.param("date.month", "6")
				.param("date.year", "2031")
				.param("reason", "The board agreed a year more")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=81"));

		ExtendContractRequest request = (ExtendContractRequest) sentTo("/contract/extension");
		assertThat(request.newEndDate()).isEqualTo(LocalDate.of(2031, 6, 30));
		assertThat(request.reason()).isEqualTo("The board agreed a year more");
	}

	@Test
	void anExtensionRefusedByTheCommandSideIsShownOnTheDate() throws Exception {
		showing(RelationalFixtures.extendable());
		refused("newEndDate", "The contract may be extended to 2032-06-30 at most");

		this.mvc
			.perform(post(BASE + "/contract/extension/new").param("date.day", "30")
				.param("date.month", "6")
				.param("date.year", "2033")
				.param("reason", "Longer")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contractForm", "date"))
			.andExpect(content().string(containsString("The contract may be extended to 2032-06-30 at most")));
	}

	@Test
	void onlyTheCommissionerOfAnActiveAlignmentPartnershipIsOfferedToEndItsInstrument() throws Exception {
		showing(RelationalFixtures.alignmentActive());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(allOf(containsString("id=\"end-instrument\""),
					not(containsString("id=\"vary-contract\"")), not(containsString("id=\"terminate-contract\"")))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("id=\"end-instrument\""))));
		this.mvc.perform(get(BASE + "/alignment-instrument/ending/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		showing(RelationalFixtures.active());
		this.mvc.perform(get(BASE + "/alignment-instrument/ending/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theEndOfTheInstrumentIsSentWithItsReason() throws Exception {
		showing(RelationalFixtures.alignmentActive());
		accepted(82);

		this.mvc
			.perform(post(BASE + "/alignment-instrument/ending/new").param("date.day", "31")
				.param("date.month", "12")
				.param("date.year", "2025")
				.param("reason", "The alliance became a joint committee")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=82"));

		EndAlignmentInstrumentRequest request = (EndAlignmentInstrumentRequest) sentTo("/alignment-instrument/ending");
		assertThat(request.endedOn()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(request.reason()).isEqualTo("The alliance became a joint committee");
	}

	@Test
	void anEndingWithoutDateOrReasonIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.alignmentActive());

		this.mvc
			.perform(post(BASE + "/alignment-instrument/ending/new").with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contractForm", "date", "reason"));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

}
