package org.partnershipledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipledger.audit.StoredEventRow;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * B0, the floor under a rebuild: one Java thread reading every event and parsing it into
 * its typed event, with no fold and no writes. Twice: the query side's copy of the log
 * ({@code event_log.envelope}, what a rebuild reads), and the event store itself
 * ({@code domainevententry} rows read as envelopes, as the relay and the verifier do).
 */
final class LogScan {

	private static final int FETCH = 2000;

	/** Rows read once before the measured scan, so that the parsing code is compiled. */
	private static final int WARM_UP_ROWS = 20_000;

	private LogScan() {
	}

	static ObjectNode run(Report report, String viewsUrl, String eventStoreUrl) throws SQLException {
		ObjectNode node = Api.JSON.createObjectNode();
		ObjectNode views = node.putObject("eventLog");
		scan(viewsUrl, "envelope::text", "event_log", (rows) -> {
			LedgerJson.read(rows.getString(1), EventEnvelope.class).event();
		}, views);
		ObjectNode store = node.putObject("eventStore");
		scan(eventStoreUrl, StoredEventRow.COLUMNS, "domainevententry", (rows) -> {
			StoredEventRow.from(rows).toEnvelope().event();
		}, store);
		report
			.table("B0  Scan and parse every event into its typed event (one Java thread, no fold, no writes)",
					"source", "events", "events/s", "MB/s")
			.row("query side's event_log (what a rebuild reads)", views.get("events").asLong(),
					views.get("eventsPerSecond").asDouble(), views.get("megabytesPerSecond").asDouble())
			.row("event store domainevententry", store.get("events").asLong(), store.get("eventsPerSecond").asDouble(),
					store.get("megabytesPerSecond").asDouble());
		return node;
	}

	private static void scan(String url, String columns, String table, RowParser parser, ObjectNode result)
			throws SQLException {
		read(url, "select " + columns + " from " + table + " limit " + WARM_UP_ROWS, parser);
		long started = System.nanoTime();
		long events = read(url, "select " + columns + " from " + table, parser);
		double seconds = (System.nanoTime() - started) / 1e9;
		long bytes;
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet size = statement.executeQuery(
						"select pg_total_relation_size('" + table + "') - pg_indexes_size('" + table + "')")) {
			size.next();
			bytes = size.getLong(1);
		}
		result.put("events", events);
		result.put("seconds", Report.round(seconds));
		result.put("eventsPerSecond", Report.round(events / Math.max(seconds, 1e-9)));
		result.put("tableMegabytes", Report.round(bytes / 1e6));
		result.put("megabytesPerSecond", Report.round(bytes / Math.max(seconds, 1e-9) / 1e6));
	}

	/** Reads and parses every row of the query; returns how many. */
	private static long read(String url, String sql, RowParser parser) throws SQLException {
		long events = 0;
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.setFetchSize(FETCH);
				try (ResultSet rows = statement.executeQuery(sql)) {
					while (rows.next()) {
						parser.parse(rows);
						events++;
					}
				}
			}
			connection.rollback();
		}
		return events;
	}

	@FunctionalInterface
	private interface RowParser {

		void parse(ResultSet rows) throws SQLException;

	}

}
