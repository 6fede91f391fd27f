package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.partnershipledger.audit.ChainHead;
import org.partnershipledger.audit.ChainVerifier;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.Discrepancy;
import org.partnershipledger.audit.EventStoreReader;
import org.partnershipledger.audit.ExportedHistory;
import org.partnershipledger.audit.StoredEvent;
import org.partnershipledger.audit.VerificationReport;

/**
 * {@code partnership-ledger verify}: checks a ledger's history against a checkpoint an
 * auditor kept, without the ledger running: from an exported history file, from an event
 * store database, or by default from the standalone's own data directory. Prints one line
 * per altered, missing, reordered or rewritten event and a summary; exits 0 when all is
 * well, 1 when anything is wrong, 2 when it could not verify (bad usage, unreadable
 * files, no database).
 */
final class VerifyCommand {

	static final String USAGE = """
			Usage: partnership-ledger verify --checkpoint FILE
			         [--history EXPORT.json | --database JDBC-URL [--user USER] [--password PASSWORD]]
			         [--data DIRECTORY] [--public-key BASE64]
			  --checkpoint  a checkpoint file downloaded from the ledger
			  --history     an exported history (JSON with an "events" array); no server needed
			  --database    the event store's JDBC URL, e.g. jdbc:postgresql://host:5432/ledger_events
			  --data        the standalone's data directory, read when neither is given (default .ledger-data)
			  --public-key  the ledger's published public key, to require the checkpoint be signed with it
			Exit status: 0 no problems, 1 problems found, 2 could not verify.""";

	private static final Set<String> OPTIONS = Set.of("--checkpoint", "--history", "--database", "--user", "--password",
			"--data", "--public-key");

	static final String NOT_IN_CHECKPOINT = "NOT IN THE CHECKPOINT";

	private final PrintStream out;

	private final PrintStream err;

	VerifyCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs {@code verify} with the arguments after it; answers the exit status. */
	int run(List<String> arguments) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < arguments.size(); i += 2) {
			String name = arguments.get(i);
			if (!OPTIONS.contains(name) || i + 1 >= arguments.size()) {
				return usage(OPTIONS.contains(name) ? name + " needs a value." : "Unknown argument '" + name + "'.");
			}
			options.put(name, arguments.get(i + 1));
		}
		if (!options.containsKey("--checkpoint")) {
			return usage("Give the checkpoint file with --checkpoint.");
		}
		if (options.containsKey("--history") && options.containsKey("--database")) {
			return usage("Give either --history or --database, not both.");
		}
		try {
			Checkpoint checkpoint = readCheckpoint(Path.of(options.get("--checkpoint")));
			String publicKey = options.get("--public-key");
			List<String> uncovered = List.of();
			VerificationReport report;
			if (options.containsKey("--history")) {
				List<StoredEvent> events = readHistory(Path.of(options.get("--history")));
				report = ChainVerifier.verifyExport(events, checkpoint, publicKey);
				uncovered = uncovered(events, checkpoint);
			}
			else {
				report = fromDatabase(options, checkpoint, publicKey);
			}
			print(report);
			uncovered.forEach(this.out::println);
			if (publicKey == null && report.signatureValid() != null) {
				this.out.println("The checkpoint is signed with the key it names (" + checkpoint.publicKey()
						+ "); give --public-key with the key the ledger publishes to be sure it is the ledger's.");
			}
			return (report.clean() && uncovered.stream().noneMatch((line) -> line.contains(NOT_IN_CHECKPOINT))) ? 0 : 1;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			this.err.println("Could not verify: " + ex.getMessage());
			return 2;
		}
	}

	private static Checkpoint readCheckpoint(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return ExportedHistory.readCheckpoint(in);
		}
		catch (IOException ex) {
			throw new IOException("the checkpoint " + file + " cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	private static List<StoredEvent> readHistory(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return ExportedHistory.read(in);
		}
		catch (IOException ex) {
			throw new IOException("the history " + file + " cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	private VerificationReport fromDatabase(Map<String, String> options, Checkpoint checkpoint, String publicKey)
			throws IOException, SQLException {
		if (options.containsKey("--database")) {
			try (Connection connection = DriverManager.getConnection(options.get("--database"), options.get("--user"),
					options.get("--password"))) {
				return EventStoreReader.verify(connection, checkpoint, publicKey);
			}
		}
		Path data = Path.of(options.getOrDefault("--data", Standalone.defaultDataDirectory())).toAbsolutePath();
		Path postgres = data.resolve(LedgerSystem.POSTGRES_DIRECTORY);
		if (!Files.isDirectory(postgres)) {
			throw new IllegalStateException("there is no ledger data in " + data
					+ "; give --history, --database or the right --data directory");
		}
		this.out.println("Reading the event store in " + data + " ...");
		try (Database database = Database.open(postgres);
				Connection connection = DriverManager.getConnection(database.jdbcUrl(Database.EVENT_STORE))) {
			return EventStoreReader.verify(connection, checkpoint, publicKey);
		}
	}

	/**
	 * What the checkpoint does not vouch for: an exported partnership it does not list at
	 * all (its whole history could have been made up, so the history does not verify),
	 * and events recorded after its head (checked against the chain only).
	 */
	static List<String> uncovered(List<StoredEvent> events, Checkpoint checkpoint) {
		Map<String, Long> last = new TreeMap<>();
		for (StoredEvent event : events) {
			last.merge(event.partnershipId(), event.sequenceNumber(), Math::max);
		}
		List<String> lines = new ArrayList<>();
		last.forEach((partnershipId, sequence) -> {
			Optional<ChainHead> head = checkpoint.headOf(partnershipId);
			if (head.isEmpty()) {
				lines.add("partnership " + partnershipId + "  " + NOT_IN_CHECKPOINT
						+ ": nothing vouches for its history; verify it against a later checkpoint.");
			}
			else if (sequence > head.get().sequenceNumber()) {
				lines.add("partnership " + partnershipId + "  events " + (head.get().sequenceNumber() + 1) + " to "
						+ sequence + " were recorded after the checkpoint: they follow from it in the chain, but "
						+ "only a later checkpoint vouches for them.");
			}
		});
		return lines;
	}

	private void print(VerificationReport report) {
		for (Discrepancy discrepancy : report.discrepancies()) {
			this.out.println("partnership " + discrepancy.partnershipId() + "  sequence " + discrepancy.sequenceNumber()
					+ "  " + discrepancy.kind() + "  " + discrepancy.detail());
		}
		if (report.signatureValid() != null) {
			this.out.println("Checked against the kept checkpoint of " + report.checkpointCreatedAt() + " (digest "
					+ report.checkpointDigest() + "): " + (report.signatureValid() ? "signature valid."
							: "SIGNATURE INVALID. " + report.signatureProblem()));
		}
		this.out.println("The ledger's signatures: " + report.ledgerSignatures());
		int problems = report.discrepancies().size();
		this.out.println("Checked " + report.eventsChecked() + " events in " + report.partnershipsChecked()
				+ " partnerships: " + (report.clean() ? "no problems found."
						: problems + " discrepanc" + ((problems == 1) ? "y" : "ies") + " found."));
	}

	private int usage(String problem) {
		this.err.println(problem);
		this.err.println(USAGE);
		return 2;
	}

}
