package org.partnershipledger.query.setup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The add-a-party form, turned into the shared request. */
public class AddPartyForm {

	private String name;

	private String identifierScheme;

	private String identifierId;

	private List<PartyRole> roles = new ArrayList<>();

	private PartyBasis basis;

	private String reason;

	/**
	 * The request, or {@code null} when the form has problems, which are then on
	 * {@code errors}.
	 */
	AddPartyRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "name", this.name, "Enter the organisation's name");
		FormChecks.required(errors, "identifierScheme", this.identifierScheme, "Select the identifier scheme");
		FormChecks.required(errors, "identifierId", this.identifierId,
				"Enter the organisation's identifier in that scheme");
		FormChecks.required(errors, "roles", this.roles, "Select at least one role");
		FormChecks.required(errors, "basis", this.basis, "Select the basis on which it takes part");
		FormChecks.required(errors, "reason", this.reason, "Enter why it is joining");
		OrganisationIdentifier identifier = (this.identifierScheme != null && this.identifierId != null)
				? new OrganisationIdentifier(this.identifierScheme, this.identifierId) : null;
		AddPartyRequest request = new AddPartyRequest(this.name, identifier, this.roles, this.basis, this.reason, null,
				null, null, null);
		FormProblems.reject(request.problems(clock), errors, AddPartyForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		if (apiField.equals("identifier.id")) {
			return "identifierId";
		}
		if (apiField.startsWith("identifier")) {
			return "identifierScheme";
		}
		if (apiField.startsWith("roles")) {
			return "roles";
		}
		return switch (apiField) {
			case "name", "basis", "reason" -> apiField;
			default -> null;
		};
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

	public List<PartyRole> getRoles() {
		return this.roles;
	}

	public void setRoles(List<PartyRole> roles) {
		this.roles = (roles == null) ? new ArrayList<>() : roles;
	}

	public PartyBasis getBasis() {
		return this.basis;
	}

	public void setBasis(PartyBasis basis) {
		this.basis = basis;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
