package org.partnershipledger.query.relational;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.FormChecks;

/**
 * A joint decision recorded by the commissioner: the parties who agreed it (the
 * commissioning party among them) and under what authority.
 */
public abstract class JointDecisionFields extends AuthorityFields {

	private List<String> agreedByPartyIds = new ArrayList<>();

	void checkAgreedBy(Errors errors) {
		FormChecks.required(errors, "agreedByPartyIds", this.agreedByPartyIds, "Select the parties who agreed it");
	}

	public static String formField(String apiField) {
		return apiField.startsWith("agreedByPartyIds") ? "agreedByPartyIds" : AuthorityFields.formField(apiField);
	}

	public List<String> getAgreedByPartyIds() {
		return this.agreedByPartyIds;
	}

	public void setAgreedByPartyIds(List<String> agreedByPartyIds) {
		this.agreedByPartyIds = (agreedByPartyIds == null) ? new ArrayList<>() : agreedByPartyIds;
	}

}
