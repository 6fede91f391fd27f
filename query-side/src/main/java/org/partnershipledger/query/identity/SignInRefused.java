package org.partnershipledger.query.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked: too many failures for the account or
 * from the address. The message says so plainly and says when to try again; it names no
 * secret and does not tell whether the account exists.
 */
public class SignInRefused extends AuthenticationException {

	private final String reason;

	private final Duration retryAfter;

	SignInRefused(String reason, String message, Duration retryAfter) {
		super(message);
		this.reason = reason;
		this.retryAfter = retryAfter;
	}

	/**
	 * For metrics: {@code account_throttled}, {@code account_locked} or
	 * {@code address_throttled}.
	 */
	public String reason() {
		return this.reason;
	}

	/** How long to wait before the next attempt can succeed. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
