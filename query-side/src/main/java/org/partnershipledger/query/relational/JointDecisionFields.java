package org.partnershipledger.query.relational;

import org.partnershipledger.query.web.AuthorityFields;

/**
 * A joint decision the commissioner proposes, under what authority. It names no parties:
 * the decision binds every current party but evaluators, and each confirms it for itself
 * (DOMAIN.md §4, "Joint (J) decisions").
 */
public abstract class JointDecisionFields extends AuthorityFields {

	/**
	 * The form's field of an API field. A problem with the parties the decision binds has
	 * no field on the form (the form sends none), so it is shown in the error summary.
	 */
	public static String formField(String apiField) {
		return apiField.startsWith("agreedByPartyIds") ? null : AuthorityFields.formField(apiField);
	}

}
