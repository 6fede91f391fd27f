package org.partnershipledger.query.projection;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.events.relational.TransparencyNoticeType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.timeline.EventLogRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The projection from a real Kafka topic into a real PostgreSQL database. */
class OverviewProjectionIntegrationTest extends QuerySideIntegrationTest {

	@Autowired
	private EventLogRepository eventLog;

	@Autowired
	private ParkedRecords parked;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ProjectionsHealthIndicator health;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ProjectionLag lag;

	private final TestEvents events = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));

	@Test
	void publishedEventsBecomeTheOverviewAndTheEventLog() {
		publish(this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", TestEvents.uniqueIdentifier("GB-CHC"),
						PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE));

		awaitVersion(this.events.partnershipId(), 3);
		PartnershipOverview overview = this.overviews.find(this.events.partnershipId()).orElseThrow();
		assertThat(overview.status()).isEqualTo(PartnershipStatus.MODEL_CHOSEN);
		assertThat(overview.parties()).hasSize(2);
		assertThat(overview.divergent()).isTrue();
		assertThat(this.eventLog.entries(this.events.partnershipId())).extracting((entry) -> entry.type())
			.containsExactly("PartnershipRegistered", "PartyJoined", "ServiceCharacteristicsAssessed",
					"PartnershipModelChosen");
		assertThat(this.eventLog.entries(this.events.partnershipId()).get(3).summary())
			.contains("departing from the recommended");
	}

	/**
	 * A party's row is written when that party joins or leaves, not again with every
	 * other party's change: otherwise each event of a partnership with many parties
	 * rewrites them all, and the views fall behind (found by the fault tests' load).
	 */
	@Test
	void aPartysRowIsWrittenWhenThatPartyChangesOnly() {
		String id = this.events.partnershipId();
		publish(this.events.registered("Many parties"), this.events.joined("party-1", "Shelter Trust",
				TestEvents.uniqueIdentifier("GB-CHC"), PartyRole.LEAD_PROVIDER));
		awaitVersion(id, 1);
		Map<String, String> written = partyRowVersions(id);

		publish(this.events.joined("party-2", "Food Bank", TestEvents.uniqueIdentifier("GB-CHC"),
				PartyRole.DELIVERY_PARTNER), this.events.left("party-1", "Contract handed over", null));
		awaitVersion(id, 3);

		Map<String, String> after = partyRowVersions(id);
		assertThat(after).containsOnlyKeys("party-0", "party-1", "party-2");
		assertThat(after.get("party-0")).as("the commissioning party, unchanged").isEqualTo(written.get("party-0"));
		assertThat(after.get("party-1")).as("the party that left").isNotEqualTo(written.get("party-1"));
	}

	/**
	 * Each party row's transaction id ({@code xmin}): it changes when the row is written.
	 */
	private Map<String, String> partyRowVersions(String partnershipId) {
		return this.jdbc.sql("select party_id, xmin::text from partnership_party where partnership_id = :id")
			.param("id", partnershipId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Test
	void contractChangeExitAndAccountabilityEventsAreProjectedNotParked() {
		publish(this.events.registered("Exit and accountability"),
				this.events.joined("party-1", "Shelter Trust", TestEvents.uniqueIdentifier("GB-CHC"),
						PartyRole.LEAD_PROVIDER),
				this.events.measureDefined("measure-1", "People housed", "150"),
				this.events.contract("contract-1", "party-1"),
				this.events.outcomeReported("report-1", "party-1", "measure-1", "42"),
				this.events.reportVerified("report-1", "Checked"),
				this.events.paymentScheduled("payment-1", PaymentKind.OUTCOME, "50400", "2025-07-31", "report-1"),
				this.events.disputeRaised("dispute-1", "party-1", "Late data", "party-0", "party-1"),
				this.events.disputeEscalated("dispute-1", DisputeStep.JOINT_WORKING_GROUP, DisputeStep.SENIOR_LEADERS,
						"No agreement"),
				this.events.noticeRecorded("notice-1", TransparencyNoticeType.UK11, "UK11-1", "2027-04-01",
						"contract-1"),
				this.events.terminated(TerminationReason.EXPIRY, "2027-03-31", null),
				this.events.closed("2027-06-30", "Ran its course", "Agree the ladder early"),
				this.events.findingRaised("finding-1", "Payments", FindingSeverity.LOW, "All in order"));

		awaitVersion(this.events.partnershipId(), 12);
		PartnershipOverview overview = this.overviews.find(this.events.partnershipId()).orElseThrow();
		assertThat(overview.status()).isEqualTo(PartnershipStatus.CLOSED);
		assertThat(overview.outcomeReports()).hasSize(1);
		assertThat(overview.payments()).hasSize(1);
		assertThat(overview.dispute("dispute-1").orElseThrow().step()).isEqualTo(DisputeStep.SENIOR_LEADERS);
		assertThat(overview.auditFindings()).hasSize(1);
		assertThat(parkedFor(this.events.partnershipId())).isZero();
		assertThat(this.eventLog.entries(this.events.partnershipId()).get(11).summary())
			.isEqualTo("Closed the partnership on 2027-06-30: Ran its course (1 lesson recorded)");
	}

	@Test
	void theSameRecordDeliveredTwiceChangesNothing() {
		EventEnvelope registered = this.events.registered("Delivered twice");
		EventEnvelope assessed = this.events.assessed(true, TestEvents.RELATIONAL_SCORES);
		publish(registered, assessed);
		awaitVersion(this.events.partnershipId(), 1);
		String before = document();

		TestEvents marker = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));
		publish(assessed, registered, marker.registered("Marker behind the duplicates"));
		awaitVersion(marker.partnershipId(), 0);

		assertThat(this.overviews.version(this.events.partnershipId())).isEqualTo(1);
		assertThat(this.eventLog.count(this.events.partnershipId())).isEqualTo(2);
		assertThat(document()).isEqualTo(before);
		assertThat(parkedFor(this.events.partnershipId())).isZero();
	}

	@Test
	void aGapIsParkedAndReportedUntilTheMissingEventArrives() throws Exception {
		EventEnvelope registered = this.events.registered("With a gap");
		EventEnvelope joined = this.events.joined("party-1", "Shelter Trust", TestEvents.uniqueIdentifier("GB-CHC"),
				PartyRole.LEAD_PROVIDER);
		EventEnvelope assessed = this.events.assessed(true, TestEvents.RELATIONAL_SCORES);
		publish(registered);
		awaitVersion(this.events.partnershipId(), 0);

		publish(assessed);
		await().atMost(Duration.ofSeconds(20)).until(() -> parkedFor(this.events.partnershipId()) == 1);
		assertThat(this.overviews.version(this.events.partnershipId())).isZero();
		assertThat(this.health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(this.health.health().getDetails().toString()).contains(this.events.partnershipId())
			.contains("Waiting for sequence 1");
		String parkedAsAdministratorSeesIt = this.mvc
			.perform(get("/api/v1/admin/parked-records").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(parkedAsAdministratorSeesIt).contains(this.events.partnershipId())
			.doesNotContain("envelope")
			.doesNotContain("payload");

		publish(joined);
		awaitVersion(this.events.partnershipId(), 2);
		assertThat(parkedFor(this.events.partnershipId())).isZero();
		assertThat(this.eventLog.entries(this.events.partnershipId())).extracting((entry) -> entry.sequenceNumber())
			.containsExactly(0L, 1L, 2L);
	}

	@Test
	void aRecordThatCannotBeAppliedIsParkedWithTheRestOfItsPartnershipAndAppliedOnceFixed() {
		EventEnvelope registered = this.events.registered("Bad payload");
		EventEnvelope joined = this.events.joined("party-1", "Shelter Trust", TestEvents.uniqueIdentifier("GB-CHC"),
				PartyRole.LEAD_PROVIDER);
		EventEnvelope assessed = this.events.assessed(true, TestEvents.RELATIONAL_SCORES);
		EventEnvelope broken = new EventEnvelope(joined.eventId(), joined.type(), joined.revision(),
				joined.partnershipId(), joined.sequenceNumber(), joined.globalIndex(), joined.occurredAt(),
				joined.recordedAt(), joined.actor(), joined.authority(), joined.correlationId(), joined.causationId(),
				LedgerJson.mapper().createObjectNode().put("partnershipId", "x"), null, null);
		publish(registered, broken, assessed);

		await().atMost(Duration.ofSeconds(20)).until(() -> parkedFor(this.events.partnershipId()) == 2);
		assertThat(this.overviews.version(this.events.partnershipId())).isZero();

		this.jdbc
			.sql("update parked_record set envelope = :envelope where partnership_id = :id and sequence_number = 1")
			.param("envelope", signed(joined))
			.param("id", this.events.partnershipId())
			.update();
		awaitVersion(this.events.partnershipId(), 2);
		assertThat(parkedFor(this.events.partnershipId())).isZero();
		assertThat(this.eventLog.count(this.events.partnershipId())).isEqualTo(3);
	}

	@Test
	void aRestartedListenerResumesWithNothingLostAndTheLagShowsWhatWaits() {
		publish(this.events.registered("Restarted"));
		awaitVersion(this.events.partnershipId(), 0);

		MessageListenerContainer container = this.listeners.getListenerContainer(PartnershipEventsListener.ID);
		container.stop();
		await().atMost(Duration.ofSeconds(20)).until(() -> !container.isRunning());
		publish(this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED));
		assertThat(this.overviews.version(this.events.partnershipId())).isZero();
		await().atMost(Duration.ofSeconds(20)).until(() -> this.lag.behind() >= 2);
		container.start();

		awaitVersion(this.events.partnershipId(), 2);
		assertThat(this.eventLog.count(this.events.partnershipId())).isEqualTo(3);
		assertThat(this.overviews.find(this.events.partnershipId()).orElseThrow().status())
			.isEqualTo(PartnershipStatus.MODEL_CHOSEN);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.lag.behind() == 0);
	}

	private long parkedFor(String partnershipId) {
		return this.parked.all().stream().filter((record) -> record.partnershipId().equals(partnershipId)).count();
	}

	private String document() {
		return this.jdbc.sql("select document::text from partnership_overview where partnership_id = :id")
			.param("id", this.events.partnershipId())
			.query(String.class)
			.single();
	}

}
