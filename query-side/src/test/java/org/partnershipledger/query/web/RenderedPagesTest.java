package org.partnershipledger.query.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.query.Overviews;
import org.partnershipledger.query.adaptations.AdaptationFilter;
import org.partnershipledger.query.adaptations.AdaptationRegisterEntry;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.identity.UserAccount;
import org.partnershipledger.query.portfolio.PortfolioEntry;
import org.partnershipledger.query.portfolio.PortfolioFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Renders every page once, checks the GOV.UK basics that hold on all of them (one h1, a
 * label for every visible field, no GOV.UK crown), and keeps the HTML in
 * target/rendered-pages for looking at.
 */
class RenderedPagesTest extends PageTestSupport {

	private static final Path OUT = Path.of("target", "rendered-pages");

	private static final Pattern FIELD = Pattern
		.compile("<(input|select|textarea)\\b(?![^>]*type=\"(hidden|submit)\")[^>]*\\bid=\"([^\"]+)\"");

	@Test
	void everyPageHasOneHeadingAndALabelForEveryField() throws Exception {
		String id = PageFixtures.PARTNERSHIP_ID;
		given(this.overviews.find(id)).willReturn(Optional.of(PageFixtures.divergent()));
		given(this.portfolios.portfolio(any(Identity.class), any(PortfolioFilter.class)))
			.willReturn(List.of(PortfolioEntry.of(PageFixtures.divergent().stored(), TODAY),
					PortfolioEntry.of(PageFixtures.registered().stored(), TODAY)));
		given(this.commands.send(any(Identity.class), eq(CommandRoute.REGISTER_PARTNERSHIP.internalPath()),
				any(RegisterPartnershipRequest.class)))
			.willReturn(new CommandOutcome(400, null, "Invalid request", null,
					List.of(new FieldProblem("title", "Enter a title of 200 characters or fewer")), null, null));
		given(this.directory.organisations()).willReturn(List.of(PageFixtures.COUNCIL, PageFixtures.CHARITY));
		given(this.directory.users()).willReturn(List.of(new UserAccount("jane", "Jane Commissioner",
				UserRole.COMMISSIONER, PageFixtures.COUNCIL, true, Instant.parse("2025-01-01T00:00:00Z"))));
		LedgerUser jane = PageFixtures.commissioner();

		save("portfolio", get("/"), jane);
		save("overview", get("/partnerships/" + id), jane);
		save("register", get("/partnerships/new"), jane);
		save("register-errors",
				post("/partnerships/new").param("title", "Home care")
					.param("plannedStart.day", "31")
					.param("plannedStart.month", "2")
					.param("plannedStart.year", "2026")
					.with(csrf()),
				jane);
		save("add-party", get("/partnerships/" + id + "/parties/new"), jane);
		save("assess", get("/partnerships/" + id + "/assessments/new"), jane);
		save("assess-errors",
				post("/partnerships/" + id + "/assessments/new").param("trigger", "INITIAL")
					.param("scores[0].score", "4")
					.param("scores[0].evidence", "short")
					.with(csrf()),
				jane);
		save("choose-model", get("/partnerships/" + id + "/model-choices/new"), jane);
		save("framework", get("/framework"), jane);
		save("sign-in", get("/sign-in").param("error", ""), jane);
		save("not-found", get("/partnerships/unknown"), jane);
		save("admin-users", get("/admin/users"), PageFixtures.admin());
		save("admin-organisations", get("/admin/organisations"), PageFixtures.admin());
	}

	@Test
	void theEvolutionAndDashboardPagesHaveOneHeadingAndALabelForEveryField() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		given(this.portfolios.visible(any(Identity.class), eq(PortfolioFilter.NONE)))
			.willReturn(Overviews.stored(EvolutionFixtures.divergent(),
					EvolutionFixtures.other("p-a", "Adult learning", PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
							PartnershipModel.TRANSACTIONAL_CONTRACT, null, "2025-03-01T10:00:00Z"),
					EvolutionFixtures.other("p-b", "Bin collection", PartnershipModel.TRANSACTIONAL_CONTRACT,
							PartnershipModel.TRANSACTIONAL_CONTRACT, null, "2025-02-01T10:00:00Z"),
					EvolutionFixtures.other("p-c", "Care navigation", PartnershipModel.FORMAL_RELATIONAL_CONTRACT, null,
							null, null)));
		LedgerUser jane = PageFixtures.commissioner();

		showing(EvolutionFixtures.divergent());
		saveOk("overview-evolution", get(base), jane);
		showing(EvolutionFixtures.drifting());
		saveOk("evolution", get(base + "/evolution"), jane);
		showing(RelationalFixtures.active());
		saveOk("evolution-activity", get(base + "/evolution"), jane);
		saveOk("dashboard", get("/dashboard"), jane);
		saveOk("dashboard-filtered", get("/dashboard").param("justified", "false"), PageFixtures.auditor());
	}

	@Test
	void thePagesShowingWhatNeedsAttentionHaveOneHeadingAndALabelForEveryField() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		given(this.portfolios.visible(any(Identity.class), eq(PortfolioFilter.NONE))).willReturn(
				Overviews.stored(RelationalFixtures.healthDeclining(), RelationalFixtures.partyJoinedWhileActive()));
		given(this.portfolios.portfolio(any(Identity.class), any(PortfolioFilter.class)))
			.willReturn(List.of(PortfolioEntry.of(RelationalFixtures.partyJoinedWhileActive().stored(), TODAY),
					PortfolioEntry.of(PageFixtures.registered().stored(), TODAY)));
		LedgerUser jane = PageFixtures.commissioner();

		saveOk("portfolio-reassessment", get("/"), jane);
		showing(RelationalFixtures.partyJoinedWhileActive());
		saveOk("overview-reassessment-due", get(base), jane);
		showing(RelationalFixtures.healthDeclining());
		saveOk("evolution-health-trend", get(base + "/evolution"), jane);
		saveOk("dashboard-attention", get("/dashboard"), jane);
		saveOk("dashboard-red-health", get("/dashboard").param("redHealth", "true"), jane);
	}

	@Test
	void everyPageOfTheRelationalLifeHasOneHeadingAndALabelForEveryField() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		showing(RelationalFixtures.active());
		given(this.register.find(any(Identity.class), any(AdaptationFilter.class))).willReturn(
				List.of(new AdaptationRegisterEntry(PageFixtures.PARTNERSHIP_ID, "Homelessness outcomes partnership",
						RelationalFixtures.AGREED, "Higher rate for sustained tenancies",
						AdaptationCategory.PRICE_OR_RATE_CHANGE, AdaptationFormality.GOVERNANCE_DECISION,
						AdaptationStatus.AGREED, false, "party-1", "Leeds City Council", RelationalFixtures.AT,
						RelationalFixtures.AT, null, null, BigDecimal.ONE, BigDecimal.ZERO)));
		given(this.commands.send(any(Identity.class), anyString(), any()))
			.willReturn(new CommandOutcome(422, null, "Unprocessable",
					"beyond the delegation of Partnership board: " + "value change 12% exceeds its limit of 10%",
					List.of(), null, null));
		LedgerUser jane = PageFixtures.commissioner();
		LedgerUser paul = PageFixtures.provider();
		String proposed = base + "/adaptations/" + RelationalFixtures.PROPOSED;
		String agreed = base + "/adaptations/" + RelationalFixtures.AGREED;

		saveOk("overview-active", get(base), jane);
		saveOk("overview-provider", get(base), paul);
		saveOk("overview-auditor", get(base), PageFixtures.auditor());
		saveOk("adaptation-register", get("/adaptations").param("status", "AGREED"), jane);
		saveOk("partnership-adaptations", get(base + "/adaptations"), jane);
		saveOk("adaptation-detail", get(agreed), jane);
		saveOk("adaptation-detail-provider", get(proposed), paul);
		saveOk("iteration-log", get(base + "/iterations"), paul);
		saveOk("iteration-detail", get(base + "/iterations/" + RelationalFixtures.RUNNING), paul);
		saveOk("define-measure", get(base + "/outcome-measures/new"), jane);
		saveOk("revise-measure", get(base + "/outcome-measures/measure-1/revisions/new"), jane);
		saveOk("vision", get(base + "/vision/new"), jane);
		saveOk("principles", get(base + "/principles/new"), jane);
		saveOk("governance", get(base + "/governance/new"), jane);
		saveOk("remove-party", get(base + "/parties/party-2/departure/new"), jane);
		saveOk("propose-adaptation", get(base + "/adaptations/new"), paul);
		saveOk("assess-adaptation", get(proposed + "/assessment/new"), jane);
		saveOk("agree-adaptation", get(proposed + "/agreement/new"), jane);
		saveOk("agree-adaptation-errors",
				post(proposed + "/agreement/new").param("decidedBy", "board")
					.param("comment", "Fine by us")
					.with(csrf()),
				jane);
		saveOk("reject-adaptation", get(proposed + "/rejection/new"), paul);
		saveOk("withdraw-adaptation", get(proposed + "/withdrawal/new"), paul);
		saveOk("implement-adaptation", get(agreed + "/implementation/new"), jane);
		saveOk("start-iteration", get(base + "/iterations/new"), paul);
		saveOk("start-iteration-errors", post(base + "/iterations/new").param("plan.title", "Reminders").with(csrf()),
				paul);
		saveOk("record-iteration", get(base + "/iterations/recorded/new"), paul);
		saveOk("conclude-iteration", get(base + "/iterations/" + RelationalFixtures.RUNNING + "/conclusion/new"), paul);

		showing(RelationalFixtures.withReviews());
		String overdue = base + "/reviews/" + RelationalFixtures.OVERDUE;
		saveOk("overview-reviews", get(base), jane);
		saveOk("overview-reviews-provider", get(base), paul);
		saveOk("schedule-review", get(base + "/reviews/new"), jane);
		saveOk("schedule-review-errors",
				post(base + "/reviews/new").param("graceDays", "two weeks").param("dueDate.day", "31").with(csrf()),
				jane);
		saveOk("reschedule-review", get(overdue + "/rescheduling/new"), jane);
		saveOk("hold-review", get(overdue + "/held/new"), jane);
		saveOk("hold-review-errors",
				post(overdue + "/held/new").param("healthCheckDone", "true")
					.param("health[0].partyId", "party-1")
					.param("health[0].ratings[2]", "3")
					.with(csrf()),
				jane);
		saveOk("confirm-minutes", get(base + "/reviews/" + RelationalFixtures.HELD + "/minutes-confirmation/new"),
				paul);

		showing(RelationalFixtures.visionOnly());
		saveOk("overview-missing-basis", get(base), jane);
		saveOk("contract", get(base + "/contract/new"), jane);
		saveOk("contract-errors", post(base + "/contract/new").param("value", "a lot").with(csrf()), jane);
		saveOk("alignment-instrument", get(base + "/alignment-instrument/new"), jane);
	}

	/**
	 * Thymeleaf's attribute that prints text unescaped, which could let a user's text run
	 * as script.
	 */
	private static final String UNESCAPED_OUTPUT = "th:u" + "text";

	@Test
	void noTemplatePrintsUnescapedText() throws Exception {
		try (Stream<Path> templates = Files.walk(Path.of("src", "main", "resources", "templates"))) {
			templates.filter((path) -> path.toString().endsWith(".html")).forEach((path) -> {
				try {
					assertThat(Files.readString(path)).as("%s", path).doesNotContain(UNESCAPED_OUTPUT);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
	}

	@Test
	void anExitingOverviewShowsTheContractAgainstTheOriginalDealAndItsAccountability() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		showing(RelationalFixtures.exiting());

		saveOk("overview-exiting", get(base), PageFixtures.commissioner());
		saveOk("overview-exiting-provider", get(base), PageFixtures.provider());
		String html = Files.readString(OUT.resolve("overview-exiting.html"));

		assertThat(html).contains("id=\"ending-banner\"", "This partnership is", "exiting", "31 March 2027",
				"early by agreement", "The service moves in-house");
		assertThat(section(html, "contract-now")).contains("£13,750,000", "originally <span>£12,500,000</span>", "+10%",
				"31 December 2030", "30 June 2030", "UK10-2025-0042", "Higher rate for sustained tenancies", "+5.77%");
		assertThat(section(html, "outcome-reports")).contains("Tenancies sustained for 12 months", "Superseded",
				"Replaced by the report", "Corrects the report", "Two tenancies were counted twice", "Queried",
				"Which wards are counted?", "Verified", "Checked against the housing register");
		assertThat(section(html, "payments")).contains("£55,500", "Made", "BACS-0117", "Service credit", "£1,500",
				"Data arrived late", "Scheduled", "£250,000", "For 1 outcome report");
		assertThat(section(html, "disputes")).contains("Late referral data", "Mediation", "Reciprocity",
				"Raised at joint working group", "Escalated to", "mediation", "The working group could not agree");
		assertThat(section(html, "transparency-notices")).contains("UK10 contract change notice", "UK10-2025-0042",
				"15 September 2025");
		assertThat(section(html, "audit-findings")).contains("Contract change notices", "Medium severity",
				"One notice was published after the change took effect", "Ali Auditor", "Accepted",
				"We now publish before the effective date");
	}

	@Test
	void aClosedOverviewSaysSoFirstWithItsSummaryAndLessons() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		showing(RelationalFixtures.closed());

		saveOk("overview-closed", get(base), PageFixtures.auditor());
		String html = Files.readString(OUT.resolve("overview-closed.html"));

		assertThat(html.indexOf("id=\"ending-banner\"")).isPositive().isLessThan(html.indexOf("id=\"contract-now\""));
		assertThat(section(html, "ending-banner")).contains("This partnership is closed", "30 June 2027",
				"Only audit findings and transparency notices can still be recorded",
				"Handed over to the in-house team with no gap in support.", "Share referral data from day one",
				"Agree the dispute ladder early");
	}

	@Test
	void anActiveOverviewHasNoEndingBannerNorEmptyAccountabilitySections() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		showing(RelationalFixtures.active());

		saveOk("overview-active-unvaried", get(base), PageFixtures.provider());
		String html = Files.readString(OUT.resolve("overview-active-unvaried.html"));

		assertThat(html).doesNotContain("id=\"ending-banner\"")
			.doesNotContain("id=\"payments\"")
			.doesNotContain("id=\"transparency-notices\"")
			.doesNotContain("id=\"disputes\"")
			.doesNotContain("id=\"audit-findings\"")
			.doesNotContain("id=\"variations\"");
		assertThat(section(html, "contract-now")).contains("£12,500,000", "0%");
	}

	@Test
	void anActiveOverviewOffersTheCommissionerToStartPaymentsAndNotices() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		showing(RelationalFixtures.active());

		saveOk("overview-active-commissioner", get(base), PageFixtures.commissioner());
		String html = Files.readString(OUT.resolve("overview-active-commissioner.html"));

		assertThat(section(html, "payments")).contains("Schedule a payment", "No payments scheduled yet.")
			.doesNotContain("<table");
		assertThat(section(html, "transparency-notices")).contains("Record a transparency notice",
				"No notices recorded yet.");
		assertThat(section(html, "contract-now")).contains("Vary the contract");
	}

	@Test
	void theAuditFindingPagesHaveOneHeadingAndALabelForEveryField() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		showing(RelationalFixtures.findingRaised());
		LedgerUser jane = PageFixtures.commissioner();
		LedgerUser alex = PageFixtures.auditor();

		saveOk("overview-finding-auditor", get(base), alex);
		saveOk("overview-finding-commissioner", get(base), jane);
		saveOk("raise-finding", get(base + "/audit-findings/new"), alex);
		saveOk("raise-finding-errors",
				post(base + "/audit-findings/new").param("scope", "Payments").param("asOf.day", "40").with(csrf()),
				alex);
		saveOk("respond-finding", get(base + "/audit-findings/finding-1/response/new"), jane);
		saveOk("respond-finding-errors",
				post(base + "/audit-findings/finding-1/response/new").param("accepted", "true").with(csrf()), jane);

		assertThat(section(Files.readString(OUT.resolve("overview-finding-auditor.html")), "audit-findings"))
			.contains("Raise an audit finding", "Awaiting the commissioner")
			.doesNotContain("Respond to the finding");
		assertThat(Files.readString(OUT.resolve("raise-finding-errors.html"))).contains("govuk-error-summary",
				"href=\"#asOf\"", "href=\"#severity\"");
		assertThat(Files.readString(OUT.resolve("respond-finding-errors.html"))).contains("govuk-error-summary",
				"href=\"#response\"");
	}

	@Test
	void theOutcomeReportPagesHaveOneHeadingAndALabelForEveryField() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		LedgerUser jane = PageFixtures.commissioner();
		LedgerUser paul = PageFixtures.provider();

		showing(RelationalFixtures.active());
		saveOk("overview-report-provider", get(base), paul);
		saveOk("report-outcome", get(base + "/outcome-reports/new"), paul);
		saveOk("report-outcome-errors",
				post(base + "/outcome-reports/new").param("value", "many").param("periodEnd.day", "40").with(csrf()),
				paul);
		showing(RelationalFixtures.exiting());
		saveOk("verify-report", get(base + "/outcome-reports/report-3/verification/new"), jane);
		saveOk("query-report", get(base + "/outcome-reports/report-3/query/new"), jane);
		saveOk("query-report-errors", post(base + "/outcome-reports/report-3/query/new").with(csrf()), jane);

		assertThat(section(Files.readString(OUT.resolve("overview-report-provider.html")), "outcome-reports"))
			.contains("Report an outcome");
		assertThat(Files.readString(OUT.resolve("report-outcome-errors.html"))).contains("govuk-error-summary",
				"href=\"#measureId\"", "href=\"#value\"", "many");
		assertThat(Files.readString(OUT.resolve("query-report-errors.html"))).contains("govuk-error-summary",
				"href=\"#question\"", "Tenancies sustained for 12 months");
	}

	@Test
	void theExitPagesHaveOneHeadingAndALabelForEveryField() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		LedgerUser jane = PageFixtures.commissioner();

		showing(RelationalFixtures.active());
		saveOk("terminate-contract", get(base + "/contract/termination/new"), jane);
		saveOk("terminate-contract-errors", post(base + "/contract/termination/new").with(csrf()), jane);
		showing(RelationalFixtures.exiting());
		saveOk("close-partnership", get(base + "/closure/new"), jane);
		saveOk("close-partnership-errors", post(base + "/closure/new").param("lessons", "Share early").with(csrf()),
				jane);

		assertThat(Files.readString(OUT.resolve("terminate-contract-errors.html"))).contains("govuk-error-summary",
				"href=\"#reason\"");
		assertThat(Files.readString(OUT.resolve("close-partnership-errors.html"))).contains("govuk-error-summary",
				"href=\"#summary\"", "Share early");
	}

	@Test
	void theDisputePagesHaveOneHeadingAndALabelForEveryField() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		LedgerUser jane = PageFixtures.commissioner();
		LedgerUser paul = PageFixtures.provider();

		showing(RelationalFixtures.active());
		saveOk("raise-dispute", get(base + "/disputes/new"), paul);
		saveOk("raise-dispute-errors", post(base + "/disputes/new").with(csrf()), paul);
		showing(RelationalFixtures.exiting());
		saveOk("escalate-dispute", get(base + "/disputes/dispute-1/escalation/new"), paul);
		saveOk("escalate-dispute-errors", post(base + "/disputes/dispute-1/escalation/new").with(csrf()), paul);
		saveOk("resolve-dispute", get(base + "/disputes/dispute-1/resolution/new"), jane);
		saveOk("resolve-dispute-errors", post(base + "/disputes/dispute-1/resolution/new").with(csrf()), jane);

		assertThat(Files.readString(OUT.resolve("raise-dispute-errors.html")))
			.contains("govuk-error-summary", "href=\"#withPartyIds\"", "Leeds City Council")
			.doesNotContain("value=\"party-2\"");
		assertThat(Files.readString(OUT.resolve("escalate-dispute-errors.html"))).contains("href=\"#toStep\"",
				"href=\"#reason\"");
		assertThat(Files.readString(OUT.resolve("resolve-dispute-errors.html"))).contains("href=\"#resolution\"",
				"Pathways Charity");
	}

	@Test
	void thePaymentContractAndNoticePagesHaveOneHeadingAndALabelForEveryField() throws Exception {
		String base = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;
		LedgerUser jane = PageFixtures.commissioner();
		LedgerUser paul = PageFixtures.provider();

		showing(RelationalFixtures.active());
		saveOk("vary-contract", get(base + "/contract-variations/new").param("adaptation", RelationalFixtures.AGREED),
				jane);
		saveOk("vary-contract-errors", post(base + "/contract-variations/new").with(csrf()), jane);
		showing(RelationalFixtures.extendable());
		saveOk("extend-contract", get(base + "/contract/extension/new"), jane);
		saveOk("extend-contract-errors", post(base + "/contract/extension/new").with(csrf()), jane);
		showing(RelationalFixtures.alignmentActive());
		saveOk("overview-alignment-active", get(base), jane);
		saveOk("end-instrument", get(base + "/alignment-instrument/ending/new"), jane);
		saveOk("end-instrument-errors", post(base + "/alignment-instrument/ending/new").with(csrf()), jane);
		showing(RelationalFixtures.exiting());
		saveOk("schedule-payment", get(base + "/payments/new"), jane);
		saveOk("schedule-payment-errors", post(base + "/payments/new").param("kind", "OUTCOME").with(csrf()), jane);
		saveOk("make-payment", get(base + "/payments/payment-2/made/new"), jane);
		saveOk("make-payment-errors", post(base + "/payments/payment-2/made/new").with(csrf()), jane);
		saveOk("adjust-payment", get(base + "/payments/payment-1/adjustments/new"), jane);
		saveOk("adjust-payment-errors", post(base + "/payments/payment-1/adjustments/new").with(csrf()), jane);
		saveOk("record-notice", get(base + "/transparency-notices/new"), jane);
		saveOk("record-notice-errors", post(base + "/transparency-notices/new").with(csrf()), jane);
		saveOk("correct-report", get(base + "/outcome-reports/report-2/correction/new"), paul);
		saveOk("correct-report-errors", post(base + "/outcome-reports/report-2/correction/new").with(csrf()), paul);

		assertThat(Files.readString(OUT.resolve("vary-contract-errors.html"))).contains("govuk-error-summary",
				"href=\"#sourceAdaptationId\"", "href=\"#contractChangeNoticeRequired\"", "£12,500,000");
		assertThat(Files.readString(OUT.resolve("schedule-payment-errors.html"))).contains("govuk-error-summary",
				"href=\"#amount\"", "href=\"#linkedReportIds\"");
		assertThat(Files.readString(OUT.resolve("adjust-payment-errors.html"))).contains("href=\"#kind\"",
				"href=\"#reason\"", "Quarter three outcomes");
		assertThat(Files.readString(OUT.resolve("correct-report-errors.html"))).contains("href=\"#value\"",
				"Tenancies sustained for 12 months");
	}

	/** The HTML from the element with this id to the next section of the overview. */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section %s", id).isNotNegative();
		int end = html.indexOf("<section", start + 1);
		return html.substring(start, (end < 0) ? html.length() : end);
	}

	private void saveOk(String name, MockHttpServletRequestBuilder request, LedgerUser person) throws Exception {
		int status = this.mvc.perform(request.with(user(person))).andReturn().getResponse().getStatus();
		assertThat(status).as("status of %s", name).isEqualTo(200);
		save(name, request, person);
	}

	private void save(String name, MockHttpServletRequestBuilder request, LedgerUser person) throws Exception {
		String html = this.mvc.perform(request.with(user(person))).andReturn().getResponse().getContentAsString();
		Files.createDirectories(OUT);
		Files.writeString(OUT.resolve(name + ".html"), html, StandardCharsets.UTF_8);
		assertThat(count(html, "<h1")).as("h1 on %s", name).isEqualTo(1);
		assertThat(html).as("no crown on %s", name).doesNotContain("govuk-logo").doesNotContain("crown");
		Matcher fields = FIELD.matcher(html);
		while (fields.find()) {
			assertThat(html).as("label for %s on %s", fields.group(3), name)
				.contains("for=\"" + fields.group(3) + "\"");
		}
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
