package org.partnershipledger.query.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.Problems;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;

/**
 * The organisations and people who may sign in, kept in the query side's database.
 * Passwords are stored only as hashes from the {@link PasswordEncoder} (BCrypt, with the
 * algorithm named so it can change later).
 */
@Service
public class UserDirectory {

	private static final String USER_COLUMNS = """
			u.username, u.display_name, u.role, u.enabled, u.created_at, u.password_hash,
			o.name as organisation_name, o.identifier_scheme, o.identifier_id
			""";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final SignInFailures failures;

	private final RecentSignIns recent;

	public UserDirectory(JdbcClient jdbc, PasswordEncoder passwords, SignInFailures failures, RecentSignIns recent) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.failures = failures;
		this.recent = recent;
	}

	/**
	 * An administrator disables an account (nobody can sign in with it, by password or
	 * token, from the next request on) or enables it again, which also unlocks it.
	 * @return whether there is such a person
	 */
	@Transactional
	public boolean setEnabled(String username, boolean enabled) {
		boolean found = this.jdbc.sql("update ledger_user set enabled = :enabled where username = :username")
			.param("enabled", enabled)
			.param("username", username)
			.update() > 0;
		this.recent.forget(username);
		if (enabled) {
			this.failures.clear(username);
		}
		return found;
	}

	/**
	 * An administrator sets a new password for someone (who forgot theirs, or was locked
	 * out): it unlocks the account.
	 * @throws DirectoryRejection if the password is too short or too long, or there is no
	 * such person
	 */
	@Transactional
	public void resetPassword(String username, String newPassword) {
		checkNewPassword(newPassword, "password");
		if (!storePassword(username, newPassword)) {
			throw DirectoryRejection.invalid(List.of(new FieldProblem("username", "There is no person " + username)));
		}
		this.failures.clear(username);
	}

	/**
	 * Everyone changes their own password, giving the current one.
	 * @throws DirectoryRejection if the current password is wrong or the new one too
	 * short or too long
	 */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		String hash = this.jdbc.sql("select password_hash from ledger_user where username = :username and enabled")
			.param("username", username)
			.query(String.class)
			.optional()
			.orElse(null);
		if (hash == null || currentPassword == null || !this.passwords.matches(currentPassword, hash)) {
			throw DirectoryRejection
				.invalid(List.of(new FieldProblem("currentPassword", "Your current password is not right")));
		}
		checkNewPassword(newPassword, "newPassword");
		storePassword(username, newPassword);
	}

	private static void checkNewPassword(String password, String field) {
		List<FieldProblem> problems = new Problems().required(password, field)
			.minLength(password, NewUser.MIN_PASSWORD_LENGTH, field,
					"The password must be at least " + NewUser.MIN_PASSWORD_LENGTH + " characters")
			.maxLength(password, NewUser.MAX_PASSWORD_LENGTH, field)
			.list();
		if (!problems.isEmpty()) {
			throw DirectoryRejection.invalid(problems);
		}
	}

	private boolean storePassword(String username, String password) {
		boolean found = this.jdbc.sql("update ledger_user set password_hash = :hash where username = :username")
			.param("hash", this.passwords.encode(password))
			.param("username", username)
			.update() > 0;
		this.recent.forget(username);
		return found;
	}

	/**
	 * @throws DirectoryRejection if the input is invalid or the identifier is taken
	 */
	@Transactional
	public Organisation createOrganisation(NewOrganisation request) {
		List<FieldProblem> problems = request.problems();
		if (!problems.isEmpty()) {
			throw DirectoryRejection.invalid(problems);
		}
		Organisation organisation = new Organisation(request.name().strip(), request.identifier());
		try {
			this.jdbc.sql("""
					insert into organisation (identifier_scheme, identifier_id, name)
					values (:scheme, :id, :name)
					""")
				.param("scheme", organisation.identifier().scheme())
				.param("id", organisation.identifier().id())
				.param("name", organisation.name())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw DirectoryRejection.duplicate("identifier",
					"An organisation with identifier " + organisation.identifier() + " already exists");
		}
		return organisation;
	}

	public Optional<Organisation> findOrganisation(OrganisationIdentifier identifier) {
		return this.jdbc.sql("""
				select name, identifier_scheme, identifier_id from organisation
				where identifier_scheme = :scheme and identifier_id = :id
				""")
			.param("scheme", identifier.scheme())
			.param("id", identifier.id())
			.query((rs, row) -> organisation(rs))
			.optional();
	}

	public List<Organisation> organisations() {
		return this.jdbc.sql("select name, identifier_scheme, identifier_id from organisation order by lower(name)")
			.query((rs, row) -> organisation(rs))
			.list();
	}

	/**
	 * @throws DirectoryRejection if the input is invalid, the organisation unknown, or
	 * the username taken
	 */
	@Transactional
	public UserAccount createUser(NewUser request) {
		List<FieldProblem> problems = request.problems();
		if (!problems.isEmpty()) {
			throw DirectoryRejection.invalid(problems);
		}
		Organisation organisation = null;
		if (request.role() != UserRole.ADMIN) {
			organisation = findOrganisation(request.organisationIdentifier()).orElseThrow(() -> DirectoryRejection
				.invalid(List.of(new FieldProblem("organisationIdentifier", "No organisation has identifier "
						+ request.organisationIdentifier() + "; create the organisation first"))));
		}
		try {
			this.jdbc.sql("""
					insert into ledger_user (username, display_name, role, organisation_scheme, organisation_id,
					    password_hash)
					values (:username, :displayName, :role, :scheme, :id, :hash)
					""")
				.param("username", request.username())
				.param("displayName", request.displayName().strip())
				.param("role", request.role().name())
				.param("scheme", (organisation != null) ? organisation.identifier().scheme() : null)
				.param("id", (organisation != null) ? organisation.identifier().id() : null)
				.param("hash", this.passwords.encode(request.password()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw DirectoryRejection.duplicate("username", "The username " + request.username() + " is taken");
		}
		return findUser(request.username()).orElseThrow();
	}

	public Optional<UserAccount> findUser(String username) {
		return this.jdbc.sql("select " + USER_COLUMNS + """
				from ledger_user u
				left join organisation o
				    on o.identifier_scheme = u.organisation_scheme and o.identifier_id = u.organisation_id
				where u.username = :username
				""").param("username", username).query((rs, row) -> account(rs)).optional();
	}

	public List<UserAccount> users() {
		return this.jdbc.sql("select " + USER_COLUMNS + """
				from ledger_user u
				left join organisation o
				    on o.identifier_scheme = u.organisation_scheme and o.identifier_id = u.organisation_id
				order by lower(u.username)
				""").query((rs, row) -> account(rs)).list();
	}

	/** The person as Spring Security signs them in, if they exist and are enabled. */
	public Optional<LedgerUser> signInUser(String username) {
		return this.jdbc.sql("select " + USER_COLUMNS + """
				from ledger_user u
				left join organisation o
				    on o.identifier_scheme = u.organisation_scheme and o.identifier_id = u.organisation_id
				where u.username = :username and u.enabled
				""")
			.param("username", username)
			.query((rs, row) -> new LedgerUser(account(rs).identity(), rs.getString("password_hash")))
			.optional();
	}

	public boolean userExists(String username) {
		return this.jdbc.sql("select count(*) from ledger_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	private static Organisation organisation(ResultSet rs) throws SQLException {
		return new Organisation(rs.getString("name"),
				new OrganisationIdentifier(rs.getString("identifier_scheme"), rs.getString("identifier_id")));
	}

	private static UserAccount account(ResultSet rs) throws SQLException {
		Organisation organisation = (rs.getString("identifier_scheme") != null)
				? new Organisation(rs.getString("organisation_name"),
						new OrganisationIdentifier(rs.getString("identifier_scheme"), rs.getString("identifier_id")))
				: null;
		return new UserAccount(rs.getString("username"), rs.getString("display_name"),
				UserRole.valueOf(rs.getString("role")), organisation, rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant());
	}

}
