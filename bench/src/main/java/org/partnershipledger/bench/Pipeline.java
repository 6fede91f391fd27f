package org.partnershipledger.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far events have got: stored in the event store, published by the relay (its
 * tracking token's index), applied by the query side's projection (the sum of the
 * overviews' versions, each version being the last applied sequence number).
 */
final class Pipeline implements AutoCloseable {

	private static final Pattern INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

	private final Connection events;

	private final Connection views;

	Pipeline(String eventStoreUrl, String viewsUrl) throws SQLException {
		this.events = DriverManager.getConnection(eventStoreUrl);
		this.views = DriverManager.getConnection(viewsUrl);
	}

	/** Events in the event store. */
	long stored() throws SQLException {
		return single(this.events, "select count(*) from domainevententry");
	}

	/** The highest global index in the event store. */
	long lastGlobalIndex() throws SQLException {
		return single(this.events, "select coalesce(max(globalindex), 0) from domainevententry");
	}

	/** The global index the relay has published up to (its token), or -1. */
	long relayed() throws SQLException {
		try (Statement statement = this.events.createStatement();
				ResultSet rows = statement
					.executeQuery("select token from tokenentry where processorname = 'kafka-relay'")) {
			long index = -1;
			while (rows.next()) {
				byte[] token = rows.getBytes(1);
				if (token != null) {
					Matcher matcher = INDEX.matcher(new String(token, StandardCharsets.UTF_8));
					if (matcher.find()) {
						index = Math.max(index, Long.parseLong(matcher.group(1)));
					}
				}
			}
			return index;
		}
	}

	/** Events applied to the views. */
	long applied() throws SQLException {
		return single(this.views, "select coalesce(sum(version + 1), 0) from partnership_overview");
	}

	/** Records the query side parked. */
	long parked() throws SQLException {
		return single(this.views, "select count(*) from parked_record");
	}

	/**
	 * Waits until the views hold every stored event (or the time is up).
	 * @return whether they caught up
	 */
	boolean awaitCaughtUp(Duration max) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + max.toNanos();
		while (System.nanoTime() < deadline) {
			if (applied() >= stored()) {
				return true;
			}
			Thread.sleep(200);
		}
		return applied() >= stored();
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	@Override
	public void close() throws SQLException {
		this.events.close();
		this.views.close();
	}

}
