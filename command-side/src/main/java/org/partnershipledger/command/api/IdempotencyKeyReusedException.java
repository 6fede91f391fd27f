package org.partnershipledger.command.api;

/** An {@code Idempotency-Key} already used for another request; answered with 422. */
class IdempotencyKeyReusedException extends RuntimeException {

	IdempotencyKeyReusedException(String key) {
		super("The Idempotency-Key '" + key + "' was already used for a different request (another command, "
				+ "partnership or body). Use a new key for a new request; retry only with the same request.", null,
				false, false);
	}

}
