package org.partnershipledger.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.audit.ChainHead;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code partnership-ledger verify}, run in-process on files and a database it makes. */
class VerifyCommandTest {

	private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void anUntouchedExportedHistoryPassesWithStatusZero() throws IOException {
		List<EventEnvelope> history = history("p-1", 4);
		Path checkpoint = checkpoint(history);

		int status = run("--checkpoint", checkpoint.toString(), "--history", export(history).toString());

		assertThat(status).isZero();
		assertThat(output()).contains("signature valid", "Checked 4 events in 1 partnerships: no problems found.");
	}

	@Test
	void oneChangedByteInAnExportedHistoryIsNamedWithStatusOne() throws IOException {
		List<EventEnvelope> history = history("p-1", 4);
		Path checkpoint = checkpoint(history);
		Path export = export(history);
		Files.writeString(export, Files.readString(export).replace("Moved away 2", "Moved awaY 2"));

		int status = run("--checkpoint", checkpoint.toString(), "--history", export.toString());

		assertThat(status).isEqualTo(1);
		assertThat(output()).contains("partnership p-1  sequence 2  ALTERED", "1 discrepancy found.");
	}

	@Test
	void eventsAfterTheCheckpointAreNamedAsNotYetVouchedForButPass() throws IOException {
		List<EventEnvelope> history = history("p-1", 6);
		Path checkpoint = checkpoint(history.subList(0, 4));

		int status = run("--checkpoint", checkpoint.toString(), "--history", export(history).toString());

		assertThat(status).isZero();
		assertThat(output()).contains("partnership p-1  events 4 to 5 were recorded after the checkpoint");
	}

	@Test
	void aPartnershipTheCheckpointDoesNotListDoesNotVerifyWithStatusOne() throws IOException {
		Path checkpoint = checkpoint(history("p-1", 4));

		int status = run("--checkpoint", checkpoint.toString(), "--history", export(history("p-2", 3)).toString());

		assertThat(status).isEqualTo(1);
		assertThat(output()).contains("partnership p-2  NOT IN THE CHECKPOINT");
	}

	@Test
	void aChangedCheckpointFileIsReportedWithStatusOne() throws IOException {
		List<EventEnvelope> history = history("p-1", 4);
		Path checkpoint = checkpoint(history);
		Files.writeString(checkpoint, Files.readString(checkpoint).replace("2026-", "2025-"));

		int status = run("--checkpoint", checkpoint.toString(), "--history", export(history).toString());

		assertThat(status).isEqualTo(1);
		assertThat(output()).contains("SIGNATURE INVALID");
	}

	@Test
	void badUsageIsExplainedWithStatusTwo() throws IOException {
		assertThat(run("--history", "x.json")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--checkpoint",
				"Usage: partnership-ledger verify");
		assertThat(run("--checkpoint", "c.json", "--colour")).isEqualTo(2);
		assertThat(run("--checkpoint", this.folder.resolve("absent.json").toString(), "--history", "x.json"))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Could not verify");
	}

	@Test
	void theStandalonesOwnEventStoreIsReadFromItsDataDirectory() throws Exception {
		List<EventEnvelope> history = history("p-9", 3);
		Path checkpoint = checkpoint(history);
		Path data = this.folder.resolve("data");
		try (Database database = Database.start(data.resolve(LedgerSystem.POSTGRES_DIRECTORY), data.resolve("logs"),
				true); Connection connection = DriverManager.getConnection(database.jdbcUrl(Database.EVENT_STORE))) {
			migrate(connection);
			store(connection, history);
		}

		assertThat(run("--checkpoint", checkpoint.toString(), "--data", data.toString())).isZero();

		try (Database database = Database.start(data.resolve(LedgerSystem.POSTGRES_DIRECTORY), data.resolve("logs"),
				true);
				Connection connection = DriverManager.getConnection(database.jdbcUrl(Database.EVENT_STORE));
				Statement statement = connection.createStatement()) {
			statement.execute("SET session_replication_role = replica");
			statement.execute("DELETE FROM domainevententry WHERE sequencenumber = 1");
		}
		assertThat(run("--checkpoint", checkpoint.toString(), "--data", data.toString())).isEqualTo(1);
		assertThat(output()).contains("partnership p-9  sequence 1  MISSING");
	}

	private int run(String... arguments) {
		return new VerifyCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(List.of(arguments));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private static List<EventEnvelope> history(String partnershipId, int count) {
		List<EventEnvelope> history = new ArrayList<>();
		String previous = ChainHash.GENESIS;
		for (int sequence = 0; sequence < count; sequence++) {
			PartyLeft event = new PartyLeft(partnershipId, "party-" + sequence, "Moved away " + sequence, null, null,
					List.of(), AT.plusSeconds(sequence));
			EventEnvelope envelope = EventEnvelope.of(event, partnershipId + "-e" + sequence, sequence, sequence + 1,
					AT.plusSeconds(sequence + 1), new Actor("cara", "Cara Commissioner", ActorRole.COMMISSIONER, "c"),
					Authority.NONE, "root", "parent");
			String hash = ChainHash.of(envelope, previous);
			history.add(envelope.withChainHash(hash));
			previous = hash;
		}
		return history;
	}

	private Path checkpoint(List<EventEnvelope> history) throws IOException {
		EventEnvelope last = history.get(history.size() - 1);
		Checkpoint checkpoint = Checkpoint.sign(AT.plusSeconds(3600),
				List.of(new ChainHead(last.partnershipId(), last.sequenceNumber(), last.eventId(), last.chainHash())),
				InstanceKeys.generate());
		return Files.writeString(this.folder.resolve("checkpoint.json"), LedgerJson.write(checkpoint));
	}

	private Path export(List<EventEnvelope> history) throws IOException {
		return Files.writeString(this.folder.resolve("history.json"),
				LedgerJson.write(Map.of("exportedAt", AT.toString(), "events", history)));
	}

	/** The command side's own migrations: the event store, its chain and the triggers. */
	private static void migrate(Connection connection) throws IOException, SQLException {
		for (String script : List.of("V1__event_store.sql", "V3__event_chain.sql", "V7__chain_link_signature.sql")) {
			try (InputStream in = VerifyCommandTest.class.getResourceAsStream("/db/migration/" + script);
					Statement statement = connection.createStatement()) {
				statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	/** Stores the events and their links as the command side does. */
	private static void store(Connection connection, List<EventEnvelope> history) throws Exception {
		String previous = ChainHash.GENESIS;
		for (EventEnvelope envelope : history) {
			try (PreparedStatement event = connection.prepareStatement(
					"INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
							+ "metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, ?, 'Partnership', ?, ?, ?, ?, ?, ?)")) {
				event.setLong(1, envelope.globalIndex());
				event.setString(2, envelope.partnershipId());
				event.setLong(3, envelope.sequenceNumber());
				event.setString(4, envelope.eventId());
				event.setBytes(5,
						LedgerJson.mapper()
							.writeValueAsBytes(Map.of("actorUserId", "cara", "actorDisplayName", "Cara Commissioner",
									"actorRole", "COMMISSIONER", "actorPartyId", "c", "authorityType", "NONE",
									"traceId", "root", "correlationId", "parent")));
				event.setBytes(6, LedgerJson.mapper().writeValueAsBytes(envelope.payload()));
				event.setString(7, envelope.revision());
				event.setString(8, PartyLeft.class.getName());
				event.setString(9, envelope.recordedAt().toString());
				event.executeUpdate();
			}
			try (PreparedStatement link = connection
				.prepareStatement("INSERT INTO event_chain VALUES (?, ?, ?, ?, ?)")) {
				link.setString(1, envelope.partnershipId());
				link.setLong(2, envelope.sequenceNumber());
				link.setString(3, envelope.eventId());
				link.setString(4, envelope.chainHash());
				link.setString(5, previous);
				link.executeUpdate();
			}
			previous = envelope.chainHash();
		}
	}

}
