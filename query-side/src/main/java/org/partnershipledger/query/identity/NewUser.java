package org.partnershipledger.query.identity;

import java.util.List;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.Problems;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;

/**
 * {@code POST /api/v1/admin/users}: a person who may sign in.
 *
 * @param organisationIdentifier the organisation they belong to; none for an ADMIN
 * @param password at least {@value #MIN_PASSWORD_LENGTH} characters; stored only as a
 * hash
 */
public record NewUser(String username, String displayName, UserRole role, OrganisationIdentifier organisationIdentifier,
		String password) {

	public static final int MIN_PASSWORD_LENGTH = 12;

	/** BCrypt reads no further. */
	public static final int MAX_PASSWORD_LENGTH = 72;

	public List<FieldProblem> problems() {
		return new Problems().required(this.username, "username")
			.check(this.username == null || this.username.matches("[A-Za-z0-9._@-]{1,100}"), "username",
					"Use up to 100 letters, digits, dots, dashes, underscores or @")
			.required(this.displayName, "displayName")
			.maxLength(this.displayName, 200, "displayName")
			.required(this.role, "role")
			.check(this.role == null || this.role == UserRole.ADMIN || this.organisationIdentifier != null,
					"organisationIdentifier", "Enter the organisation this person belongs to")
			.required(this.password, "password")
			.minLength(this.password, MIN_PASSWORD_LENGTH, "password",
					"The password must be at least " + MIN_PASSWORD_LENGTH + " characters")
			.maxLength(this.password, MAX_PASSWORD_LENGTH, "password")
			.list();
	}

}
