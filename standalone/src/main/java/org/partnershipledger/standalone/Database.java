package org.partnershipledger.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from Maven) whose data directory is kept between
 * runs, with one database per app: the event store and the views.
 */
final class Database implements AutoCloseable {

	static final String EVENT_STORE = "ledger_events";

	static final String VIEWS = "ledger_views";

	private final EmbeddedPostgres server;

	private Database(EmbeddedPostgres server) {
		this.server = server;
	}

	static Database start(Path dataDirectory) throws IOException {
		Files.createDirectories(dataDirectory);
		EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(Ports.free())
			.start();
		Database database = new Database(server);
		database.createIfMissing(EVENT_STORE);
		database.createIfMissing(VIEWS);
		return database;
	}

	String jdbcUrl(String name) {
		return this.server.getJdbcUrl("postgres", name);
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
		this.server.close();
	}

}
