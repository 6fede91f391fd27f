package org.partnershipledger.query.web;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;

/**
 * The "under what authority" part of a decision's form (board minutes, a clause, a
 * delegation), which every command may carry. Forms of decisions extend it; the
 * {@code authority} fragment shows it.
 */
public abstract class AuthorityFields {

	private AuthorityType authorityType;

	private String authorityReference;

	/** The authority, or {@code null} when none was chosen. */
	protected Authority authority() {
		if (this.authorityType == null) {
			return null;
		}
		return new Authority(this.authorityType, this.authorityReference);
	}

	public static String formField(String apiField) {
		if (apiField.equals("authority.reference")) {
			return "authorityReference";
		}
		return apiField.startsWith("authority") ? "authorityType" : null;
	}

	public AuthorityType getAuthorityType() {
		return this.authorityType;
	}

	public void setAuthorityType(AuthorityType authorityType) {
		this.authorityType = authorityType;
	}

	public String getAuthorityReference() {
		return this.authorityReference;
	}

	public void setAuthorityReference(String authorityReference) {
		this.authorityReference = authorityReference;
	}

}
