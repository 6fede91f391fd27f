package org.partnershipledger.query.admin;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.query.identity.NewUser;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/**
 * The add-a-person form of the admin pages. The organisation is chosen from those that
 * exist, sent as {@code scheme:id}.
 */
public class UserForm {

	static final String SEPARATOR = ":";

	private String username;

	private String displayName;

	private UserRole role;

	private String organisation;

	private String password;

	/**
	 * The new person, or {@code null} when the form has problems, which are then on
	 * {@code errors}.
	 */
	NewUser toRequest(BindingResult errors) {
		FormChecks.required(errors, "displayName", this.displayName, "Enter the person's full name");
		FormChecks.required(errors, "username", this.username, "Enter a username");
		FormChecks.required(errors, "role", this.role, "Select a role");
		if (this.role != null && this.role != UserRole.ADMIN) {
			FormChecks.required(errors, "organisation", this.organisation, "Select the organisation they belong to");
		}
		FormChecks.required(errors, "password", this.password, "Enter a password");
		OrganisationIdentifier identifier = null;
		if (this.organisation != null && this.role != UserRole.ADMIN) {
			int at = this.organisation.indexOf(SEPARATOR);
			if (at > 0 && at < this.organisation.length() - 1) {
				identifier = new OrganisationIdentifier(this.organisation.substring(0, at),
						this.organisation.substring(at + 1));
			}
			else {
				errors.rejectValue("organisation", "invalid", "Choose an organisation from the list");
			}
		}
		NewUser request = new NewUser(this.username, this.displayName, this.role, identifier, this.password);
		FormProblems.reject(request.problems(), errors, UserForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "username", "displayName", "role", "password" -> apiField;
			case "organisationIdentifier" -> "organisation";
			default -> null;
		};
	}

	static String value(OrganisationIdentifier identifier) {
		return identifier.scheme() + SEPARATOR + identifier.id();
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public UserRole getRole() {
		return this.role;
	}

	public void setRole(UserRole role) {
		this.role = role;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
