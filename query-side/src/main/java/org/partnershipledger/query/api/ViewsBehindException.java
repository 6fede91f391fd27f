package org.partnershipledger.query.api;

/**
 * Answered as 503 with {@code Retry-After}: a read asked for a version
 * ({@code minVersion}) of a partnership the views have not received yet, so it cannot be
 * told apart from one that does not exist; a 404 would look like lost data to someone who
 * has just created it.
 */
public class ViewsBehindException extends RuntimeException {

	public ViewsBehindException(String partnershipId, long minVersion) {
		super("Partnership " + partnershipId + " is not in the views yet (version " + minVersion
				+ " was asked for); they are still catching up. Ask again in a few seconds.");
	}

}
