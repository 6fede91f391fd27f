package org.partnershipledger.query.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The query side's own settings, each from an environment variable (see application.yml).
 *
 * @param commandSideUrl where the command side's internal API answers
 * @param internalSecret the secret shared with the command side for identity tokens
 * @param identityTokenLifetime how long a forwarded identity token is valid
 * @param admin the first administrator, created at start-up if absent
 * @param commandSideConnectTimeout the longest to wait for a connection to the command
 * side
 * @param commandSideReadTimeout the longest to wait for the command side's answer once
 * connected; then the person is told it is unavailable rather than kept waiting
 * @param publicBaseUrl where people and clients reach this web app (scheme, host and any
 * path prefix, no trailing slash), for addresses written into documents it publishes;
 * never taken from a request's Host header
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(@DefaultValue("http://localhost:8081") String commandSideUrl, String internalSecret,
		@DefaultValue("60s") Duration identityTokenLifetime, @DefaultValue Admin admin,
		@DefaultValue("2s") Duration commandSideConnectTimeout, @DefaultValue("30s") Duration commandSideReadTimeout,
		@DefaultValue("http://localhost:8080") String publicBaseUrl) {

	/** The first administrator; nothing is created when either is blank. */
	public record Admin(String username, String password) {

		public boolean isGiven() {
			return this.username != null && !this.username.isBlank() && this.password != null
					&& !this.password.isBlank();
		}

	}

}
