package org.partnershipledger.query.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.relational.TransparencyNoticeType;

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
 * Transparency notices recorded by the commissioner, also after closure, and outcome
 * reports corrected by the provider that reported them.
 */
class NoticeAndCorrectionPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private void accepted(long version) {
		acceptedAs(Accepted.partnership(PageFixtures.PARTNERSHIP_ID, version));
	}

	@Test
	void onlyTheCommissionerIsOfferedToRecordANoticeAlsoAfterClosure() throws Exception {
		showing(RelationalFixtures.closed());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(containsString("id=\"record-notice\"")));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("id=\"record-notice\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(not(containsString("id=\"record-notice\""))));
		this.mvc.perform(get(BASE + "/transparency-notices/new").with(user(PageFixtures.auditor())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/transparency-notices/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"contract-1\""),
					containsString("value=\"variation-2\""), containsString("Higher rate for sustained tenancies"))));
	}

	@Test
	void aNoticeIsSentWithWhatItIsAbout() throws Exception {
		showing(RelationalFixtures.exiting());
		accepted(90);

		this.mvc
			.perform(post(BASE + "/transparency-notices/new").param("noticeType", "UK11")
				.param("reference", "UK11-2027-0007")
				.param("publishedOn.day", "1")
				.param("publishedOn.month", "1")
				.param("publishedOn.year", "2026")
				.param("relatesTo", "contract-1")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=90"));

		RecordTransparencyNoticeRequest request = (RecordTransparencyNoticeRequest) sentTo("/transparency-notices");
		assertThat(request.noticeType()).isEqualTo(TransparencyNoticeType.UK11);
		assertThat(request.reference()).isEqualTo("UK11-2027-0007");
		assertThat(request.publishedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(request.relatesTo()).isEqualTo("contract-1");
	}

	@Test
	void aNoticeWithoutTypeOrReferenceIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(post(BASE + "/transparency-notices/new").with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("noticeForm", "noticeType", "reference", "publishedOn"));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void onlyTheReportingProviderIsOfferedToCorrectAReportNotYetReplaced() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(allOf(containsString("id=\"correct-report-2\""),
					containsString("id=\"correct-report-3\""), not(containsString("id=\"correct-report-1\"")))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(not(containsString("id=\"correct-report-2\""))));
		this.mvc.perform(get(BASE + "/outcome-reports/report-2/correction/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/outcome-reports/report-1/correction/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/outcome-reports/report-2/correction/new").with(user(PageFixtures.provider())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tenancies sustained for 12 months")));
	}

	@Test
	void aCorrectionIsSentForTheReportOfItsRow() throws Exception {
		showing(RelationalFixtures.exiting());
		accepted(91);

		this.mvc
			.perform(post(BASE + "/outcome-reports/report-2/correction/new").param("value", "35")
				.param("reason", "Two people moved out in the first week")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=91"));

		CorrectOutcomeReportRequest request = (CorrectOutcomeReportRequest) sentTo(
				"/outcome-reports/report-2/correction");
		assertThat(request.value()).isEqualByComparingTo(new BigDecimal("35"));
		assertThat(request.reason()).isEqualTo("Two people moved out in the first week");
	}

	@Test
	void aCorrectionThatIsNotANumberIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc
			.perform(post(BASE + "/outcome-reports/report-2/correction/new").param("value", "about forty")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reportForm", "value", "reason"))
			.andExpect(content().string(containsString("Enter the value as a number, like 42")));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

}
