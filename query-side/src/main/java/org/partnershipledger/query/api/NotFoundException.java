package org.partnershipledger.query.api;

/**
 * Answered as 404: the thing does not exist, or the person may not see it (the API does
 * not tell the two apart, so nobody learns what they may not see).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException partnership(String partnershipId) {
		return new NotFoundException("No partnership " + partnershipId + " that you may see");
	}

}
