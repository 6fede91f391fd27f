package org.partnershipledger.query.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.api.Paging;
import org.partnershipledger.query.history.AsOf;
import org.partnershipledger.query.history.OverviewAsOf;
import org.partnershipledger.query.history.OverviewHistory;
import org.partnershipledger.query.partnership.AuditFinding;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.OverviewSnapshots;
import org.partnershipledger.query.partnership.OverviewState;
import org.partnershipledger.query.partnership.Page;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partnership with a long history: each event stores only what it changed, the overview
 * shows a bounded window with totals, any item is still found, and a view as of a date
 * starts from a snapshot yet agrees with a replay from the first event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongPartnershipTest extends QuerySideIntegrationTest {

	private static final int FINDINGS = OverviewSnapshots.EVERY * 2 + 100;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private OverviewHistory history;

	@Autowired
	private MockMvc mvc;

	private final TestEvents events = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));

	private final List<EventEnvelope> stream = new ArrayList<>();

	/** Once for the class (the producer is opened before each test). */
	@BeforeEach
	void aLongHistoryIsPublished() {
		if (!this.stream.isEmpty()) {
			return;
		}
		this.stream.add(this.events.registered("A long partnership"));
		for (int i = 0; i < FINDINGS; i++) {
			this.stream.add(this.events.findingRaised("finding-" + i, "Payments", FindingSeverity.LOW, "Finding " + i));
		}
		publish(this.stream.toArray(EventEnvelope[]::new));
		await(this.events.partnershipId(), FINDINGS);
	}

	private void await(String partnershipId, long version) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.overviews.version(partnershipId) >= version);
	}

	@Test
	void theDocumentHoldsNoItemsAndEachItemIsARow() {
		String document = this.jdbc.sql("select document::text from partnership_overview where partnership_id = :id")
			.param("id", this.events.partnershipId())
			.query(String.class)
			.single();
		assertThat(document).doesNotContain("\"auditFindings\"").doesNotContain("finding-0\"");
		assertThat(this.jdbc.sql("select count(*) from overview_item where partnership_id = :id and kind = :kind")
			.param("id", this.events.partnershipId())
			.param("kind", ItemKind.AUDIT_FINDING.name())
			.query(Long.class)
			.single()).isEqualTo(FINDINGS);
	}

	@Test
	void theOverviewShowsABoundedWindowWithTheTotalAndAnyItemIsStillFound() {
		PartnershipOverview overview = this.overviews.find(this.events.partnershipId()).orElseThrow();
		// every finding awaits a response, so the window is the first active ones and the
		// latest
		assertThat(overview.auditFindings()).hasSize(Window.ACTIVE + Window.RECENT);
		assertThat(overview.auditFindings().get(0).findingId()).isEqualTo("finding-0");
		assertThat(overview.auditFindings().get(overview.auditFindings().size() - 1).findingId())
			.isEqualTo("finding-" + (FINDINGS - 1));
		assertThat(overview.total(ItemKind.AUDIT_FINDING)).isEqualTo(FINDINGS);
		assertThat(overview.totals()).containsEntry("auditFindings", FINDINGS);

		PartnershipOverview withOld = this.overviews
			.findWith(this.events.partnershipId(), ItemKind.AUDIT_FINDING, "finding-500")
			.orElseThrow();
		assertThat(withOld.auditFindings()).extracting(AuditFinding::findingId).contains("finding-500");

		List<AuditFinding> page = this.overviews.page(this.events.partnershipId(), ItemKind.AUDIT_FINDING,
				AuditFinding.class, new Page(2, 10), null, Map.of());
		assertThat(page).extracting(AuditFinding::findingId)
			.containsExactly("finding-20", "finding-21", "finding-22", "finding-23", "finding-24", "finding-25",
					"finding-26", "finding-27", "finding-28", "finding-29");
	}

	@Test
	void snapshotsAreTakenEverySoManyEventsAndAViewFromOneAgreesWithAReplayFromTheStart() {
		assertThat(this.jdbc.sql("select sequence_number from overview_snapshot where partnership_id = :id order by 1")
			.param("id", this.events.partnershipId())
			.query(Long.class)
			.list()).containsExactly((long) OverviewSnapshots.EVERY - 1, (long) OverviewSnapshots.EVERY * 2 - 1);
		for (int sequence : new int[] { 200, OverviewSnapshots.EVERY + 77, FINDINGS }) {
			for (String axis : new String[] { "recorded", "effective" }) {
				EventEnvelope at = this.stream.get(sequence);
				String moment = (axis.equals("recorded") ? at.recordedAt() : at.occurredAt()).toString();
				AsOf asOf = AsOf.parse(moment, axis);
				OverviewAsOf fromSnapshot = this.history.asOf(this.events.partnershipId(), asOf).orElseThrow();
				OverviewState replayed = OverviewState.empty();
				this.stream.stream()
					.filter((envelope) -> asOf.axis().includes(envelope, asOf.at()))
					.forEach(replayed::apply);
				assertThat(fromSnapshot.overview()).as(axis + " at #" + sequence)
					.isEqualTo(replayed.toWindowedOverview());
				assertThat(fromSnapshot.overview().version()).isEqualTo(sequence);
				assertThat(this.history.asOf(this.events.partnershipId(), asOf).orElseThrow().overview())
					.as("%s at #%d again, from the snapshot kept parsed", axis, sequence)
					.isEqualTo(fromSnapshot.overview());
			}
		}
	}

	/**
	 * The timeline page shows a page of events, in order, with links to the pages before
	 * and after, and filter options listing each type and person once.
	 */
	@Test
	void theTimelinePageShowsFiftyEventsAPageWithLinksToThePagesAround() throws Exception {
		MockHttpSession auditor = signIn(this.mvc,
				person(UserRole.AUDITOR, organisation("GB-GOV", "Timeline Audit Office")));
		String timeline = "/partnerships/" + this.events.partnershipId() + "/timeline";
		int size = 50;

		String second = this.mvc.perform(get(timeline).param("page", "1").session(auditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(second)
			.contains("id=\"event-" + size + "\"", "id=\"event-" + (2 * size - 1) + "\"", "page=0", "page=2",
					"<option value=\"AuditFindingRaised\">")
			.doesNotContain("id=\"event-" + (size - 1) + "\"", "id=\"event-" + (2 * size) + "\"");
		assertThat(second.split("<option value=\"AuditFindingRaised\">", -1)).hasSize(2);
		this.mvc.perform(get(timeline).param("page", Integer.toString(FINDINGS / size)).session(auditor))
			.andExpect(content().string(containsString("id=\"event-" + FINDINGS + "\"")))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
	}

	@Test
	void theApiListsThemAPageAtATimeWithTheTotalAndALinkToTheNext() throws Exception {
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "National Audit Office"));
		String base = "/api/v1/partnerships/" + this.events.partnershipId();
		this.mvc
			.perform(get(base + "/audit-findings").param("page", "1")
				.param("limit", "10")
				.with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string(Paging.TOTAL, Integer.toString(FINDINGS)))
			.andExpect(header().string("Link", containsString("page=2")))
			.andExpect(jsonPath("$.length()").value(10))
			.andExpect(jsonPath("$[0].findingId").value("finding-10"));
		this.mvc.perform(get(base + "/events").param("page", "0").with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string(Paging.TOTAL, Integer.toString(FINDINGS + 1)))
			.andExpect(jsonPath("$.length()").value(Page.DEFAULT_LIMIT));
		this.mvc
			.perform(get(base + "/events").param("limit", Integer.toString(Page.MAX_LIMIT + 1))
				.with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
		this.mvc.perform(get(base).with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.auditFindings").value(FINDINGS))
			.andExpect(jsonPath("$.auditFindings.length()").value(Window.ACTIVE + Window.RECENT));
	}

}
