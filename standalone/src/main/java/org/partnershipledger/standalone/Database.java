package org.partnershipledger.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from Maven) whose data directory is kept between
 * runs, with one database per app: the event store and the views.
 */
final class Database implements AutoCloseable {

	static final String EVENT_STORE = "ledger_events";

	static final String VIEWS = "ledger_views";

	/** The server this launcher started; {@code null} when it found one running. */
	private final EmbeddedPostgres server;

	private final int port;

	private Database(EmbeddedPostgres server, int port) {
		this.server = server;
		this.port = port;
	}

	static Database start(Path dataDirectory) throws IOException {
		Files.createDirectories(dataDirectory);
		EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(Ports.free())
			.start();
		Database database = new Database(server, server.getPort());
		database.createIfMissing(EVENT_STORE);
		database.createIfMissing(VIEWS);
		return database;
	}

	/**
	 * The server of a kept data directory: the one already running on it (when the ledger
	 * is up, its port is in {@code postmaster.pid}), or else one started on it now.
	 */
	static Database open(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (Files.exists(pidFile)) {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() > 3) {
				Database running = new Database(null, Integer.parseInt(lines.get(3).strip()));
				try (Connection connection = DriverManager.getConnection(running.jdbcUrl(EVENT_STORE))) {
					return running;
				}
				catch (SQLException ex) {
					// a pid file left by a server that is gone: start one below
				}
			}
		}
		return start(dataDirectory);
	}

	String jdbcUrl(String name) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + name + "?user=postgres";
	}

	private void createIfMissing(String name) {
		try (Connection connection = this.server.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, name);
			try (ResultSet rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("CREATE DATABASE " + name);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
	}

	@Override
	public void close() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
	}

}
