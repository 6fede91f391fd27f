package org.partnershipledger.api.identity;

/** The identity token is missing, malformed, forged or expired. */
public class InvalidIdentityTokenException extends RuntimeException {

	public InvalidIdentityTokenException(String message) {
		super(message);
	}

}
