package org.partnershipledger.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM (the server binaries from Maven), shared by
 * every test; each module asks for its own database by name. Tests keep apart by using
 * fresh partnership ids, not fresh databases.
 */
public final class TestPostgres {

	private static EmbeddedPostgres server;

	private static final Set<String> DATABASES = new HashSet<>();

	private TestPostgres() {
	}

	/** The JDBC URL of the named database, created on first use. */
	public static synchronized String jdbcUrl(String database) {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
		}
		if (DATABASES.add(database)) {
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + database);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create database " + database, ex);
			}
		}
		return server.getJdbcUrl("postgres", database);
	}

	public static String username() {
		return "postgres";
	}

	public static String password() {
		return "postgres";
	}

	private static void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is exiting; the server's own shutdown hook removes its files
		}
	}

}
