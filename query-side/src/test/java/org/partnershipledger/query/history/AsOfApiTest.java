package org.partnershipledger.query.history;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.portfolio.PortfolioEntry;
import org.partnershipledger.query.portfolio.PortfolioFilter;
import org.partnershipledger.query.portfolio.PortfolioHistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code ?asOf=...&axis=...} on the overview and the portfolio, through the API. */
class AsOfApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OverviewHistory history;

	@Autowired
	private PortfolioHistory portfolio;

	private BackdatedCorrection partnership;

	private String provider;

	@BeforeEach
	void aPartnershipWithABackdatedCorrection() {
		OrganisationIdentifier council = organisation("GB-LAC", "As-of Council");
		OrganisationIdentifier charity = organisation("GB-CHC", "As-of Trust");
		this.provider = person(UserRole.PROVIDER, charity);
		this.partnership = new BackdatedCorrection(council, charity);
		publish(this.partnership.all());
		awaitVersion(this.partnership.partnershipId(), 6);
	}

	@Test
	void asRecordedOnTheDateTheReportStillSays42AndTheHeadersNameTheLateCorrection() throws Exception {
		this.mvc.perform(get(path() + "?asOf=2025-08-31&axis=recorded").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Ledger-As-Of", "2025-08-31T22:59:59.999999Z"))
			.andExpect(header().string("X-Ledger-Axis", "recorded"))
			.andExpect(header().string("X-Ledger-Recorded-Later", "5"))
			.andExpect(jsonPath("$.version").value(4))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.outcomeReports.length()").value(1))
			.andExpect(jsonPath("$.outcomeReports[0].value").value(42))
			.andExpect(jsonPath("$.reviews.length()").value(0));
	}

	@Test
	void asInEffectOnTheDateTheCorrectionRecordedLaterHasReplacedIt() throws Exception {
		this.mvc.perform(get(path() + "?asOf=2025-08-31&axis=effective").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Ledger-Axis", "effective"))
			.andExpect(header().string("X-Ledger-Recorded-Later", "5"))
			.andExpect(jsonPath("$.version").value(5))
			.andExpect(jsonPath("$.outcomeReports.length()").value(2))
			.andExpect(jsonPath("$.outcomeReports[0].status").value("SUPERSEDED"))
			.andExpect(jsonPath("$.outcomeReports[1].value").value(40));
		this.mvc.perform(get(path() + "?asOf=2025-06-30&axis=effective").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Ledger-Recorded-Later"))
			.andExpect(jsonPath("$.version").value(3));
	}

	@Test
	void beforeItWasRegisteredOrForSomeoneWhoMayNotSeeItThereIsNothing() throws Exception {
		this.mvc.perform(get(path() + "?asOf=2025-03-31").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String outsider = person(UserRole.PROVIDER, organisation("GB-CHC", "Elsewhere Trust"));
		this.mvc.perform(get(path() + "?asOf=2025-08-31").with(httpBasic(outsider, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBadMomentOrAxisIsA400NamingTheParameter() throws Exception {
		this.mvc.perform(get(path() + "?asOf=31/08/2025").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("asOf"));
		this.mvc.perform(get(path() + "?asOf=2025-08-31&axis=sideways").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("axis"));
		this.mvc.perform(get("/api/v1/partnerships?asOf=soon").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("asOf"));
	}

	@Test
	void thePortfolioAsOfADateLeavesOutWhatDidNotExistAndFiltersOnWhatWasThen() throws Exception {
		String id = this.partnership.partnershipId();
		this.mvc
			.perform(get("/api/v1/partnerships?asOf=2025-04-02&axis=recorded").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.partnershipId == '" + id + "')].status").value(hasItem("REGISTERED")))
			.andExpect(jsonPath("$[?(@.partnershipId == '" + id + "')].version").value(hasItem(1)));
		this.mvc
			.perform(get("/api/v1/partnerships?asOf=2025-04-02&status=ACTIVE").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].partnershipId").value(not(hasItem(id))));
		this.mvc.perform(get("/api/v1/partnerships?asOf=2025-03-31").with(httpBasic(this.provider, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].partnershipId").value(not(hasItem(id))));
	}

	@Test
	void thePortfolioReadFromItsHistoryAgreesWithEachPartnershipReplayedOnBothAxes() {
		Identity viewer = this.directory.findUser(this.provider).orElseThrow().identity();
		for (String date : new String[] { "2025-03-31", "2025-04-02", "2025-06-30", "2025-08-31", "2026-12-31" }) {
			for (String axis : new String[] { "recorded", "effective" }) {
				AsOf asOf = AsOf.parse(date, axis);
				LocalDate day = LocalDate.ofInstant(asOf.at(), BusinessCalendar.UK);
				List<PortfolioEntry> replayed = this.history.asOf(this.partnership.partnershipId(), asOf)
					.map((past) -> PortfolioEntry.of(past.overview().stored(), day))
					.stream()
					.toList();
				assertThat(this.portfolio.portfolio(viewer, PortfolioFilter.NONE, asOf)).as(axis + " on " + date)
					.isEqualTo(replayed);
			}
		}
	}

	@Test
	void theOpenApiDocumentDescribesTheAsOfParameters() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/partnerships/{partnershipId}'].get.parameters[*].name")
				.value(hasItem("asOf")))
			.andExpect(jsonPath("$.paths['/api/v1/partnerships/{partnershipId}'].get.parameters[*].name")
				.value(hasItem("axis")))
			.andExpect(jsonPath("$.paths['/api/v1/partnerships/{partnershipId}'].get.parameters[*].name")
				.value(hasItem("minVersion")))
			.andExpect(jsonPath("$.paths['/api/v1/partnerships/{partnershipId}/events'].get.parameters[*].name")
				.value(hasItem("type")));
	}

	private String path() {
		return "/api/v1/partnerships/" + this.partnership.partnershipId();
	}

}
