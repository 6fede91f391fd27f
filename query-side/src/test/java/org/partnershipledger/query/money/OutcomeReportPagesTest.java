package org.partnershipledger.query.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.QueryOutcomeReportRequest;
import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.api.VerifyOutcomeReportRequest;
import org.partnershipledger.api.identity.Identity;
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
 * Outcome reports on pages: a provider reports for its own party, the commissioner
 * verifies or queries a report not yet verified nor corrected.
 */
class OutcomeReportPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private void accepted(long version) {
		acceptedAs(Accepted.outcomeReport(PageFixtures.PARTNERSHIP_ID, "report-9", version));
	}

	@Test
	void onlyAProviderIsOfferedToReportAnOutcome() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content()
				.string(allOf(containsString("id=\"report-outcome\""), containsString("/outcome-reports/new"))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(not(containsString("id=\"report-outcome\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(not(containsString("id=\"report-outcome\""))));
		this.mvc.perform(get(BASE + "/outcome-reports/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/outcome-reports/new").with(user(PageFixtures.auditor())))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheCommissionerIsOfferedToVerifyOrQueryAReportNotYetVerifiedNorCorrected() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content()
				.string(allOf(containsString("id=\"verify-report-3\""), containsString("id=\"query-report-3\""),
						not(containsString("id=\"verify-report-2\"")), not(containsString("id=\"verify-report-1\"")))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("/verification/new"))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(allOf(not(containsString("/verification/new")),
					not(containsString("/query/new")), not(containsString("id=\"report-outcome\"")))));
		this.mvc.perform(get(BASE + "/outcome-reports/report-3/verification/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/outcome-reports/report-2/query/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/outcome-reports/report-3/query/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk());
	}

	@Test
	void aQueriedReportIsOfferedForVerificationButNotQueriedAgainAsTheCommandSideWouldRefuse() throws Exception {
		showing(RelationalFixtures.exitingWithAQueriedReport());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content()
				.string(allOf(containsString("id=\"verify-report-4\""), not(containsString("id=\"query-report-4\"")))));
		this.mvc.perform(get(BASE + "/outcome-reports/report-4/query/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get(BASE + "/outcome-reports/report-4/verification/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk());
	}

	@Test
	void aReportedOutcomeIsSentForTheProvidersOwnPartyAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.active());
		accepted(51);

		this.mvc
			.perform(post(BASE + "/outcome-reports/new").param("measureId", "measure-1")
				.param("periodStart.day", "1")
				.param("periodStart.month", "10")
				.param("periodStart.year", "2025")
				.param("periodEnd.day", "31")
				.param("periodEnd.month", "12")
				.param("periodEnd.year", "2025")
				.param("value", "37")
				.param("cohortDescription", "Tenants housed in the quarter")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=51"));

		ReportOutcomeRequest request = (ReportOutcomeRequest) sentTo("/outcome-reports");
		assertThat(request.providerPartyId()).isEqualTo("party-2");
		assertThat(request.measureId()).isEqualTo("measure-1");
		assertThat(request.period().startDate()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(request.period().endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(request.value()).isEqualByComparingTo(new BigDecimal("37"));
	}

	@Test
	void aReportWithAPeriodEndingBeforeItStartsIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc
			.perform(post(BASE + "/outcome-reports/new").param("measureId", "measure-1")
				.param("periodStart.day", "1")
				.param("periodStart.month", "10")
				.param("periodStart.year", "2025")
				.param("periodEnd.day", "1")
				.param("periodEnd.month", "9")
				.param("periodEnd.year", "2025")
				.param("value", "many")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reportForm", "periodEnd", "value", "cohortDescription"));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void aReportRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.active());
		refused("cohortDescription", "Describe the cohort without personal data");

		this.mvc
			.perform(post(BASE + "/outcome-reports/new").param("measureId", "measure-1")
				.param("periodStart.day", "1")
				.param("periodStart.month", "10")
				.param("periodStart.year", "2025")
				.param("periodEnd.day", "31")
				.param("periodEnd.month", "12")
				.param("periodEnd.year", "2025")
				.param("value", "37")
				.param("cohortDescription", "Tenants of the north ward")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reportForm", "cohortDescription"))
			.andExpect(content().string(allOf(containsString("Describe the cohort without personal data"),
					containsString("href=\"#cohortDescription\""), containsString("Tenants of the north ward"))));
	}

	@Test
	void aVerificationIsSentAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.exiting());
		accepted(52);

		this.mvc
			.perform(post(BASE + "/outcome-reports/report-3/verification/new").param("notes", "Checked the register")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=52"));

		VerifyOutcomeReportRequest request = (VerifyOutcomeReportRequest) sentTo(
				"/outcome-reports/report-3/verification");
		assertThat(request.notes()).isEqualTo("Checked the register");
	}

	@Test
	void aVerificationRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.exiting());
		refused("notes", "The report has already been verified");

		this.mvc
			.perform(post(BASE + "/outcome-reports/report-3/verification/new").param("notes", "Checked")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reportForm", "notes"))
			.andExpect(content().string(containsString("The report has already been verified")));
	}

	@Test
	void aQueryIsSentAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.exiting());
		accepted(53);

		this.mvc
			.perform(post(BASE + "/outcome-reports/report-3/query/new").param("question", "Which wards?")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=53"));

		QueryOutcomeReportRequest request = (QueryOutcomeReportRequest) sentTo("/outcome-reports/report-3/query");
		assertThat(request.question()).isEqualTo("Which wards?");
	}

	@Test
	void aQueryRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.exiting());
		refused("question", "Ask the question in 5000 characters or fewer");

		this.mvc
			.perform(post(BASE + "/outcome-reports/report-3/query/new").param("question", "Which wards?")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reportForm", "question"))
			.andExpect(content().string(allOf(containsString("Ask the question in 5000 characters or fewer"),
					containsString("href=\"#question\""))));
	}

}
