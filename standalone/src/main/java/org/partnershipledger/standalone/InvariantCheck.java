package org.partnershipledger.standalone;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipledger.audit.CanonicalJson;
import org.partnershipledger.audit.ChainVerifier;
import org.partnershipledger.audit.Discrepancy;
import org.partnershipledger.audit.EventStoreReader;
import org.partnershipledger.audit.ExportedHistory;
import org.partnershipledger.audit.StoredEvent;

/**
 * The ledger's invariants, "nothing lost, nothing stuck", checked against a quiet system
 * from outside: every event the command side stored is on the Kafka topic in its
 * partnership's order (key = partnership id), and in the web app's copy exactly once;
 * every stream's sequence numbers are gapless; each overview's version is its stream's
 * last sequence number; no record is parked; every chain verifies, in the store, on the
 * topic and in the copy; and, given an administrator, the views equal a rebuild of them
 * from the copy (started through the admin API). Used by {@code check} and by the tests.
 */
public final class InvariantCheck {

	private static final Duration SETTLE_POLL = Duration.ofMillis(250);

	private InvariantCheck() {
	}

	/**
	 * Waits up to {@code settle} until the web app's copy has caught up with the event
	 * store (a system under load never does: what it still lacks is then reported), then
	 * checks.
	 */
	public static InvariantReport run(Sources sources, Duration settle, PrintStream progress) throws SQLException {
		Instant started = Instant.now();
		InvariantReport.Builder report = new InvariantReport.Builder();
		try (Connection events = DriverManager.getConnection(sources.eventStoreJdbc());
				Connection views = DriverManager.getConnection(sources.viewsJdbc())) {
			boolean settled = settle(events, views, settle);
			report.settledIn(settled ? Duration.between(started, Instant.now()) : null);
			if (!settled) {
				report.violation("the views did not catch up with the event store within " + settle.toSeconds()
						+ " s (still under load, or stuck): what they lack is listed below");
			}
			List<StoredEvent> stored = EventStoreReader.events(events);
			Map<String, List<StoredEvent>> streams = byPartnership(stored);
			report.stored(stored.size(), streams.size());
			checkGapless("event store", streams, report);
			for (Discrepancy discrepancy : EventStoreReader.verify(events, null, null).discrepancies()) {
				report.violation("event store chain: " + describe(discrepancy));
			}
			checkTopic(sources.kafka(), streams, report);
			checkCopy(views, streams, report);
			checkOverviews(views, streams, report);
			checkParked(views, report);
			if (sources.webUrl() != null && sources.adminUsername() != null) {
				checkRebuild(views, sources, report, progress);
			}
			else {
				report.notChecked("the views against a rebuild (needs the running web app and an administrator)");
			}
		}
		return report.build(Duration.between(started, Instant.now()));
	}

	/**
	 * Waits until every stream's last sequence is in the web app's copy (which the
	 * projection writes in the same transaction as the overview).
	 */
	private static boolean settle(Connection events, Connection views, Duration settle) throws SQLException {
		Instant deadline = Instant.now().plus(settle);
		while (true) {
			Map<String, Long> stored = lastSequences(events,
					"select aggregateidentifier, max(sequencenumber) from domainevententry group by aggregateidentifier");
			Map<String, Long> copied = lastSequences(views,
					"select partnership_id, max(sequence_number) from event_log group by partnership_id");
			if (stored.equals(copied)) {
				return true;
			}
			if (Instant.now().isAfter(deadline)) {
				return false;
			}
			try {
				TimeUnit.MILLISECONDS.sleep(SETTLE_POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

	private static Map<String, Long> lastSequences(Connection connection, String sql) throws SQLException {
		Map<String, Long> last = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				last.put(rows.getString(1), rows.getLong(2));
			}
		}
		return last;
	}

	private static Map<String, List<StoredEvent>> byPartnership(List<StoredEvent> events) {
		Map<String, List<StoredEvent>> streams = new TreeMap<>();
		for (StoredEvent event : events) {
			streams.computeIfAbsent(event.partnershipId(), (id) -> new ArrayList<>()).add(event);
		}
		streams.values()
			.forEach((stream) -> stream.sort((a, b) -> Long.compare(a.sequenceNumber(), b.sequenceNumber())));
		return streams;
	}

	private static void checkGapless(String where, Map<String, List<StoredEvent>> streams,
			InvariantReport.Builder report) {
		streams.forEach((partnershipId, stream) -> {
			for (int i = 0; i < stream.size(); i++) {
				if (stream.get(i).sequenceNumber() != i) {
					report.violation(where + ": partnership " + partnershipId + " has sequence "
							+ stream.get(i).sequenceNumber() + " where " + i + " belongs (a gap or a duplicate)");
					return;
				}
			}
		});
	}

	/**
	 * Every stored event is on the topic, in its partnership's partition under its id as
	 * key, in order; records sent again (delivery is at least once) are counted, and must
	 * be the same event again.
	 */
	private static void checkTopic(KafkaLogin kafka, Map<String, List<StoredEvent>> streams,
			InvariantReport.Builder report) {
		List<TopicRecords.TopicRecord> records = TopicRecords.read(kafka);
		Map<String, Long> lastSeen = new HashMap<>();
		Map<String, Integer> partitionOf = new HashMap<>();
		List<StoredEvent> firstCopies = new ArrayList<>();
		long duplicates = 0;
		for (TopicRecords.TopicRecord record : records) {
			StoredEvent event = record.event();
			String at = "topic partition " + record.partition() + " offset " + record.offset();
			if (event.envelope() == null) {
				report.violation(at + ": " + event.unreadable());
				continue;
			}
			String partnershipId = event.partnershipId();
			if (!partnershipId.equals(record.key())) {
				report.violation(at + ": key " + record.key() + " but the envelope is of partnership " + partnershipId);
			}
			Integer partition = partitionOf.putIfAbsent(partnershipId, record.partition());
			if (partition != null && partition != record.partition()) {
				report.violation(at + ": partnership " + partnershipId + " is also in partition " + partition
						+ ", so its order is not kept");
			}
			List<StoredEvent> stream = streams.getOrDefault(partnershipId, List.of());
			StoredEvent stored = (event.sequenceNumber() >= 0 && event.sequenceNumber() < stream.size())
					? stream.get((int) event.sequenceNumber()) : null;
			if (stored == null || !Objects.equals(stored.eventId(), event.eventId())) {
				report.violation(at + ": partnership " + partnershipId + " sequence " + event.sequenceNumber()
						+ " is event " + event.eventId() + ", which the event store does not hold there");
				continue;
			}
			long last = lastSeen.getOrDefault(partnershipId, -1L);
			if (event.sequenceNumber() <= last) {
				duplicates++;
			}
			else if (event.sequenceNumber() == last + 1) {
				lastSeen.put(partnershipId, event.sequenceNumber());
				firstCopies.add(event);
			}
			else {
				report.violation(
						at + ": partnership " + partnershipId + " sequence " + event.sequenceNumber() + " comes after "
								+ last + " (out of order, or " + (event.sequenceNumber() - last - 1) + " missing)");
				lastSeen.put(partnershipId, event.sequenceNumber());
			}
		}
		streams.forEach((partnershipId, stream) -> {
			long last = lastSeen.getOrDefault(partnershipId, -1L);
			if (last < stream.size() - 1) {
				report.violation("topic: partnership " + partnershipId + " events " + (last + 1) + " to "
						+ (stream.size() - 1) + " are not on the topic");
			}
		});
		for (Discrepancy discrepancy : ChainVerifier.verifyExport(firstCopies, null, null).discrepancies()) {
			report.violation("topic chain: " + describe(discrepancy));
		}
		report.topic(records.size(), duplicates);
	}

	/** Every stored event in the web app's copy, exactly once, and nothing else. */
	private static void checkCopy(Connection views, Map<String, List<StoredEvent>> streams,
			InvariantReport.Builder report) throws SQLException {
		List<StoredEvent> copy = new ArrayList<>();
		try (PreparedStatement statement = views
			.prepareStatement("select envelope::text from event_log order by partnership_id, sequence_number");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				JsonNode envelope = CanonicalJson.read(rows.getBytes(1));
				copy.add(ExportedHistory.event(envelope));
			}
		}
		Map<String, List<StoredEvent>> copied = byPartnership(copy);
		checkGapless("web app's copy", copied, report);
		Map<String, Integer> counted = new HashMap<>();
		for (StoredEvent event : copy) {
			List<StoredEvent> stream = streams.getOrDefault(event.partnershipId(), List.of());
			StoredEvent stored = (event.sequenceNumber() >= 0 && event.sequenceNumber() < stream.size())
					? stream.get((int) event.sequenceNumber()) : null;
			if (stored == null || !Objects.equals(stored.eventId(), event.eventId())) {
				report.violation(
						"web app's copy: partnership " + event.partnershipId() + " sequence " + event.sequenceNumber()
								+ " is event " + event.eventId() + ", which the event store does not hold there");
			}
			counted.merge(event.eventId(), 1, Integer::sum);
		}
		counted.forEach((eventId, times) -> {
			if (times > 1) {
				report.violation("web app's copy: event " + eventId + " is there " + times + " times");
			}
		});
		streams.forEach((partnershipId, stream) -> {
			int have = copied.getOrDefault(partnershipId, List.of()).size();
			if (have < stream.size()) {
				report.violation("web app's copy: partnership " + partnershipId + " lacks events " + have + " to "
						+ (stream.size() - 1));
			}
		});
		for (Discrepancy discrepancy : ChainVerifier.verifyCopy(copy, null, null).discrepancies()) {
			report.violation("web app's copy chain: " + describe(discrepancy));
		}
		report.copied(copy.size());
	}

	/** Each overview at its stream's last sequence number; none without a stream. */
	private static void checkOverviews(Connection views, Map<String, List<StoredEvent>> streams,
			InvariantReport.Builder report) throws SQLException {
		Map<String, Long> versions = lastSequences(views, "select partnership_id, version from partnership_overview");
		streams.forEach((partnershipId, stream) -> {
			Long version = versions.get(partnershipId);
			if (version == null) {
				report.violation("overview: partnership " + partnershipId + " has none (its stream ends at "
						+ (stream.size() - 1) + ")");
			}
			else if (version != stream.size() - 1) {
				report.violation("overview: partnership " + partnershipId + " is at version " + version
						+ " but its stream ends at " + (stream.size() - 1));
			}
		});
		versions.keySet()
			.stream()
			.filter((partnershipId) -> !streams.containsKey(partnershipId))
			.forEach((partnershipId) -> report
				.violation("overview: partnership " + partnershipId + " has an overview but no events"));
		report.overviews(versions.size());
	}

	private static void checkParked(Connection views, InvariantReport.Builder report) throws SQLException {
		try (PreparedStatement statement = views.prepareStatement(
				"select partnership_id, sequence_number, reason from parked_record order by partnership_id, sequence_number");
				ResultSet rows = statement.executeQuery()) {
			int parked = 0;
			while (rows.next()) {
				parked++;
				report.violation("parked: partnership " + rows.getString(1) + " sequence " + rows.getString(2)
						+ " waits: " + rows.getString(3));
			}
			report.parked(parked);
		}
	}

	/**
	 * The read models as they are against the same after a rebuild from the copy: a fold
	 * that the live projection and the rebuild disagree on shows as a difference.
	 */
	private static void checkRebuild(Connection views, Sources sources, InvariantReport.Builder report,
			PrintStream progress) throws SQLException {
		ViewsSnapshot before = ViewsSnapshot.take(views);
		LedgerApi admin = new LedgerApi(sources.webUrl(), sources.adminUsername(), sources.adminPassword());
		LedgerApi.Response started = admin.post("/api/v1/admin/rebuild", "{}");
		if (started.status() != 202) {
			report.violation("rebuild: could not start one (" + started.status() + " " + started.body() + ")");
			return;
		}
		long id = started.json().path("id").asLong();
		progress.println("Rebuilding the views to compare them (rebuild " + id + ") ...");
		Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
		JsonNode run = started.json();
		while ("RUNNING".equals(run.path("state").asText())) {
			if (Instant.now().isAfter(deadline)) {
				report.violation("rebuild " + id + ": still running after 10 min");
				return;
			}
			try {
				TimeUnit.MILLISECONDS.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			run = admin.get("/api/v1/admin/rebuild").expect(200).json();
		}
		if (!"FINISHED".equals(run.path("state").asText()) || run.path("failures").size() > 0) {
			report.violation("rebuild " + id + ": " + run.path("state").asText() + " " + run.path("failures"));
		}
		ViewsSnapshot after = ViewsSnapshot.take(views);
		before.differencesTo(after).forEach((difference) -> report.violation("views against a rebuild: " + difference));
		report.rebuilt(before.rowsByTable().size(), before.rows());
	}

	private static String describe(Discrepancy discrepancy) {
		return "partnership " + discrepancy.partnershipId() + " sequence " + discrepancy.sequenceNumber() + " "
				+ discrepancy.kind() + " " + discrepancy.detail();
	}

	/**
	 * Where the system is: the event store's and the views' databases, the broker (with
	 * an account that may read the topic without a group: its super user), and optionally
	 * the web app with an administrator to rebuild the views.
	 */
	public record Sources(String eventStoreJdbc, String viewsJdbc, KafkaLogin kafka, String webUrl,
			String adminUsername, String adminPassword) {

	}

}
