package org.partnershipledger.query.admin;

import org.springframework.validation.BindingResult;

import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.query.identity.NewOrganisation;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The add-an-organisation form of the admin pages. */
public class OrganisationForm {

	private String name;

	private String identifierScheme;

	private String identifierId;

	/**
	 * The new organisation, or {@code null} when the form has problems, which are then on
	 * {@code errors}.
	 */
	NewOrganisation toRequest(BindingResult errors) {
		FormChecks.required(errors, "name", this.name, "Enter the organisation's name");
		FormChecks.required(errors, "identifierScheme", this.identifierScheme, "Select the identifier scheme");
		FormChecks.required(errors, "identifierId", this.identifierId,
				"Enter the organisation's identifier in that scheme");
		OrganisationIdentifier identifier = (this.identifierScheme != null && this.identifierId != null)
				? new OrganisationIdentifier(this.identifierScheme, this.identifierId) : null;
		NewOrganisation request = new NewOrganisation(this.name, identifier);
		FormProblems.reject(request.problems(), errors, OrganisationForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		if (apiField.equals("identifier.id") || apiField.equals("identifier")) {
			return "identifierId";
		}
		if (apiField.startsWith("identifier")) {
			return "identifierScheme";
		}
		return apiField.equals("name") ? "name" : null;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIdentifierScheme() {
		return this.identifierScheme;
	}

	public void setIdentifierScheme(String identifierScheme) {
		this.identifierScheme = identifierScheme;
	}

	public String getIdentifierId() {
		return this.identifierId;
	}

	public void setIdentifierId(String identifierId) {
		this.identifierId = identifierId;
	}

}
