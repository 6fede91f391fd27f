package org.partnershipledger.query.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.events.relational.TransparencyNoticeType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.timeline.EventLogRepository;
import org.partnershipledger.testsupport.OcdsSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partnership with a contract that was varied, extended, reviewed, paid and terminated,
 * taken away as OCDS (validated against the OCDS 1.1.5 schema), JSON and CSV.
 */
class ExportApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	private OrganisationIdentifier council;

	private TestEvents events;

	@Autowired
	private EventLogRepository eventLog;

	@BeforeEach
	void aContractWithItsWholeLife() {
		this.council = organisation("GB-LAC", "Anytown Council");
		OrganisationIdentifier charity = organisation("GB-CHC", "Shelter Trust");
		this.events = new TestEvents(this.council);
		publish(this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", charity, PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE),
				this.events.contract("contract-1", "party-1"),
				this.events.reviewScheduled("review-1", ReviewType.PARTNERSHIP_BOARD_REVIEW, "2025-09-30", 14),
				this.events.reviewHeld("review-1", "2025-09-29", Map.of("party-0", 4, "party-1", 4)),
				this.events.varied("variation-1", "adaptation-1", "4500000", "4725000", "2030-05-31", "2030-05-31", "5",
						"5", "0"),
				this.events.paymentScheduled("payment-1", PaymentKind.REGULAR, "112500", "2025-10-31"),
				this.events.paymentMade("payment-1", "112500", "2025-10-30", "INV-1"),
				this.events.paymentAdjusted("payment-1", "adjustment-1", PaymentAdjustmentKind.SERVICE_CREDIT, "2500",
						"Late data, clause 12"),
				this.events.extended("2030-05-31", "2031-05-31", "Continuity while the next service is designed"),
				this.events.terminated(TerminationReason.EXPIRY, "2031-05-31", "Ran its full term"));
		awaitVersion(this.events.partnershipId(), 12);
	}

	@Test
	void theOcdsReleasePackageValidatesAndTellsTheContractsLife() throws Exception {
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOR", "National Audit"));

		JsonNode releasePackage = json(this.mvc
			.perform(get("/api/v1/partnerships/{id}/exports/ocds.json", this.events.partnershipId())
				.with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"partnership-" + this.events.partnershipId() + "-ocds.json\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(OcdsSchema.problems(releasePackage)).isEmpty();
		JsonNode releases = releasePackage.get("releases");
		assertThat(releases.findValuesAsText("id")).contains("ocds-ledger-" + this.events.partnershipId() + "-1");
		assertThat(tags(releases)).containsExactly("planning", "planningUpdate", "award,contract",
				"implementationUpdate", "implementationUpdate", "contractAmendment", "implementationUpdate",
				"implementationUpdate", "contractAmendment", "contractTermination");
		JsonNode last = releases.get(releases.size() - 1);
		JsonNode contract = last.get("contracts").get(0);
		assertThat(contract.get("status").asText()).isEqualTo("terminated");
		assertThat(contract.get("value").get("amount").decimalValue()).isEqualByComparingTo("4725000");
		assertThat(contract.get("amendments")).hasSize(2);
		assertThat(contract.get("amendments").get(0).get("amendsReleaseID").asText())
			.isEqualTo(releases.get(4).get("id").asText());
		assertThat(contract.get("amendments").get(0).get("releaseID").asText())
			.isEqualTo(releases.get(5).get("id").asText());
		assertThat(contract.at("/implementation/milestones/0/status").asText()).isEqualTo("met");
		assertThat(contract.at("/implementation/transactions/0/id").asText()).isEqualTo("payment-1");
		assertThat(contract.at("/implementation/transactions/1/id").asText()).isEqualTo("adjustment-1");
		assertThat(contract.at("/implementation/transactions/1/value/amount").decimalValue())
			.isEqualByComparingTo("-2500");
		assertThat(last.get("parties").findValuesAsText("name")).containsExactly("Anytown Council", "Shelter Trust");
		assertThat(last.at("/parties/1/roles").toString()).contains("supplier");
	}

	@Test
	void aPackageMissingWhatOcdsRequiresFailsTheSchema() throws Exception {
		JsonNode broken = LedgerJson.mapper().readTree("{\"uri\":\"x\",\"version\":\"1.1\",\"releases\":[{}]}");

		assertThat(OcdsSchema.problems(broken)).isNotEmpty();
	}

	@Test
	void theHistoryComesAsJsonWithEveryEnvelopeAndAsCsvWithOneLinePerEvent() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);

		JsonNode history = json(
				streamed(get("/api/v1/partnerships/{id}/exports/history.json", this.events.partnershipId())
					.with(httpBasic(commissioner, PASSWORD))).getResponse().getContentAsString(StandardCharsets.UTF_8));
		MvcResult csvResult = streamed(get("/api/v1/partnerships/{id}/exports/history.csv", this.events.partnershipId())
			.with(httpBasic(commissioner, PASSWORD)));
		assertThat(csvResult.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		String csv = csvResult.getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(history.get("title").asText()).isEqualTo("Homelessness outcomes");
		assertThat(history.get("events")).hasSize(13);
		assertThat(history.at("/events/12/type").asText()).isEqualTo("ContractTerminated");
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(14);
		assertThat(lines.get(0)).startsWith("sequenceNumber,type,occurredAt,recordedAt,actorUserId");
		assertThat(lines.get(1)).startsWith("0,PartnershipRegistered,");
		assertThat(lines.get(13)).startsWith("12,ContractTerminated,");
	}

	@Test
	void thePortfolioExportHoldsOnlyWhatThePersonMaySee() throws Exception {
		String outsider = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Othertown Council"));

		String csv = this.mvc.perform(get("/api/v1/exports/portfolio.csv").with(httpBasic(outsider, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		this.mvc
			.perform(get("/api/v1/partnerships/{id}/exports/ocds.json", this.events.partnershipId())
				.with(httpBasic(outsider, PASSWORD)))
			.andExpect(status().isNotFound());

		assertThat(csv.lines().toList())
			.containsExactly("partnershipId,title,status,commissioningParty,chosenModel,recommendedModel,divergent,"
					+ "divergentSince,nextReviewDue,overdueReviews,reassessmentDue,version");
	}

	@Test
	void thePortfolioExportListsTheCommissionersPartnership() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);

		JsonNode portfolio = json(
				this.mvc.perform(get("/api/v1/exports/portfolio.json").with(httpBasic(commissioner, PASSWORD)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));

		assertThat(portfolio.get("partnerships").findValuesAsText("partnershipId"))
			.containsExactly(this.events.partnershipId());
		assertThat(portfolio.at("/partnerships/0/status").asText()).isEqualTo("EXITING");
	}

	@Test
	void aPersonSignedInToThePagesFollowsTheOverviewsLinksToTheDownloads() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/sign-in").user(commissioner).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);

		this.mvc.perform(get("/partnerships/{id}", this.events.partnershipId()).session(session))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("/partnerships/" + this.events.partnershipId() + "/exports/ocds.json")));
		assertThat(streamed(get("/partnerships/{id}/exports/history.csv", this.events.partnershipId()).session(session))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("ContractTerminated");
		this.mvc.perform(get("/").session(session))
			.andExpect(content().string(containsString("/exports/portfolio.csv")));
		this.mvc.perform(get("/exports/portfolio.csv").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Homelessness outcomes")));
	}

	/**
	 * A history longer than the rows read at a time comes whole and in order, as the
	 * envelopes the ledger published: the file is written as they are read, never held.
	 */
	@Test
	void aLongHistoryIsWrittenWholeAndInOrder() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, this.council);
		TestEvents longer = new TestEvents(this.council);
		List<EventEnvelope> published = new ArrayList<>();
		published.add(longer.registered("A long history"));
		for (int i = 0; i < 450; i++) {
			published.add(longer.noticeRecorded("notice-" + i, TransparencyNoticeType.VOLUNTARY, "Notice " + i,
					"2026-01-01", null));
		}
		publish(published.toArray(EventEnvelope[]::new));
		awaitVersion(longer.partnershipId(), 450);

		JsonNode history = json(streamed(get("/api/v1/partnerships/{id}/exports/history.json", longer.partnershipId())
			.with(httpBasic(commissioner, PASSWORD))).getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(history.get("partnershipId").asText()).isEqualTo(longer.partnershipId());
		assertThat(history.get("exportedAt").asText()).isNotBlank();
		assertThat(LedgerJson.read(history.get("events"), EventEnvelope[].class)).extracting(EventEnvelope::eventId)
			.containsExactlyElementsOf(published.stream().map(EventEnvelope::eventId).toList());
		assertThat(LedgerJson.read(history.get("events"), EventEnvelope[].class))
			.as("as the ledger signed them and the web app keeps them")
			.containsExactlyElementsOf(this.eventLog.envelopes(longer.partnershipId()));
		String csv = streamed(get("/api/v1/partnerships/{id}/exports/history.csv", longer.partnershipId())
			.with(httpBasic(commissioner, PASSWORD))).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).map((line) -> line.substring(0, line.indexOf(','))))
			.containsExactlyElementsOf(published.stream().map((e) -> Long.toString(e.sequenceNumber())).toList());
	}

	/**
	 * A download, which is written after the request has been handed to another thread.
	 */
	private MvcResult streamed(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = this.mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
		return this.mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
	}

	private static List<String> tags(JsonNode releases) {
		return java.util.stream.StreamSupport.stream(releases.spliterator(), false)
			.map((release) -> java.util.stream.StreamSupport.stream(release.get("tag").spliterator(), false)
				.map(JsonNode::asText)
				.collect(java.util.stream.Collectors.joining(",")))
			.toList();
	}

	private static JsonNode json(String text) throws IOException {
		return LedgerJson.mapper().readTree(text);
	}

}
