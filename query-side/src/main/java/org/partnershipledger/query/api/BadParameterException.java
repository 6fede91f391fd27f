package org.partnershipledger.query.api;

/**
 * Answered as 400 problem+json naming the query parameter that was wrong and how to put
 * it right.
 */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	public BadParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
