package org.partnershipledger.query.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed and refused sign-ins and every 403, counted ({@code ledger.sign_in.failed},
 * {@code ledger.access.forbidden}; and {@code ledger.sign_in.password_checks}, the BCrypt
 * checks done) and logged with who, from where and why, never a password or token.
 */
@Component
class SignInEvents {

	private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

	private static final int MAX_LOGGED = 100;

	private final MeterRegistry meters;

	SignInEvents(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * @param reason {@code bad_credentials}, {@code bad_token}, or a refusal's reason
	 */
	void failed(String method, String username, String address, String reason) {
		this.meters.counter("ledger.sign_in.failed", "method", method, "reason", reason).increment();
		log.warn("Sign-in failed: method={} username={} address={} reason={}", method, printable(username),
				printable(address), reason);
	}

	/**
	 * A password hash was checked: what HTTP Basic costs, bounded by the recent-check
	 * cache.
	 */
	void passwordChecked() {
		this.meters.counter("ledger.sign_in.password_checks").increment();
	}

	void forbidden(String area, String requestMethod, String path, String username) {
		this.meters.counter("ledger.access.forbidden", "area", area).increment();
		log.warn("Forbidden: {} {} username={}", requestMethod, printable(path), printable(username));
	}

	/** As typed, but on one line and short, so nobody can forge log lines with it. */
	static String printable(String text) {
		if (text == null) {
			return "-";
		}
		String line = text.replaceAll("\\p{Cntrl}", "?");
		return (line.length() > MAX_LOGGED) ? line.substring(0, MAX_LOGGED) + "..." : line;
	}

}
