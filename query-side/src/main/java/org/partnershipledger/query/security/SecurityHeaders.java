package org.partnershipledger.query.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every answer tells the browser it may do with it. Pages load script and style only
 * from this site's own files (no inline script or style: GOV.UK Frontend's script and
 * ours are static files), may not be framed, and send no referrer to other sites; the
 * API's JSON may load nothing at all. Both forbid sniffing and powerful browser features,
 * and ask for HSTS for a year when they came over TLS (directly, or through a proxy that
 * said so: server.forward-headers-strategy).
 */
final class SecurityHeaders {

	static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; "
			+ "frame-ancestors 'none'";

	static final String PERMISSIONS = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

	private static final long A_YEAR = 31_536_000;

	private SecurityHeaders() {
	}

	static void forPages(HeadersConfigurer<HttpSecurity> headers) {
		common(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(PAGES_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	static void forApi(HeadersConfigurer<HttpSecurity> headers) {
		common(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(API_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER));
	}

	private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
		return headers.frameOptions((frames) -> frames.deny()).contentTypeOptions((options) -> {
		})
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(A_YEAR));
	}

}
