package org.partnershipledger.command.relay;

/** An event could not be published; the relay stops and retries it. */
public class RelayFailedException extends RuntimeException {

	public RelayFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
