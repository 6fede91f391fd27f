package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The PostgreSQL accounts of a standalone ledger, one per purpose, as in compose: the
 * server's administrator (used only to set up the others, and by the operator's tools),
 * the owner of the event store's tables (its migrations run as it), the command side's
 * runtime account (it may read and append the history, never rewrite it) and the web
 * app's account (it owns the views' database and cannot connect to the event store).
 * Their passwords are generated on the first start and kept in the data directory as
 * {@value #NAME}, readable by its owner only; every account signs in with its password
 * (SCRAM), none is trusted.
 */
final class DatabaseAccounts {

	static final String NAME = "database-accounts";

	/** The server's administrator (a superuser). */
	static final String ADMINISTRATOR = "postgres";

	/** Owns the event store's tables; the command side migrates them as it. */
	static final String OWNER = "ledger_owner";

	/** The command side's runtime account: reads and appends the history. */
	static final String COMMAND_SIDE = "ledger_command";

	/** The web app's account: owns the views' database, nothing else. */
	static final String WEB_APP = "ledger_web";

	private static final List<String> ALL = List.of(ADMINISTRATOR, OWNER, COMMAND_SIDE, WEB_APP);

	private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9]{16,}");

	private final Properties passwords;

	private DatabaseAccounts(Properties passwords) {
		this.passwords = passwords;
	}

	/**
	 * The accounts kept beside the server's data directory, any missing password made and
	 * kept first.
	 */
	static DatabaseAccounts beside(Path postgresDirectory) throws IOException {
		Path file = postgresDirectory.toAbsolutePath().resolveSibling(NAME);
		Properties passwords = new Properties();
		if (Files.exists(file)) {
			PrivateFiles.restrict(file);
			try (InputStream in = Files.newInputStream(file)) {
				passwords.load(in);
			}
		}
		boolean added = false;
		for (String account : ALL) {
			String password = passwords.getProperty(account, "");
			if (password.isBlank()) {
				passwords.setProperty(account, newPassword());
				added = true;
			}
			else if (!PASSWORD.matcher(password).matches()) {
				// it is written into SQL and a JDBC address: letters and digits only
				throw new IOException(
						"The password of " + account + " in " + file + " must be 16 or more letters and digits");
			}
		}
		if (added) {
			Files.createDirectories(file.getParent());
			StringWriter text = new StringWriter();
			passwords.store(text, "The ledger's PostgreSQL accounts and their passwords: keep this file private");
			PrivateFiles.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
		}
		return new DatabaseAccounts(passwords);
	}

	/** The password of one of the accounts above. */
	String password(String account) {
		String password = this.passwords.getProperty(account);
		if (password == null) {
			throw new IllegalArgumentException("No such account: " + account);
		}
		return password;
	}

	/** Letters and digits only, so that it needs no quoting in a URL or in SQL. */
	private static String newPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
