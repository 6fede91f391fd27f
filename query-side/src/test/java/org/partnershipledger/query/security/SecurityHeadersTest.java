package org.partnershipledger.query.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every answer tells the browser what it may do with it: a strict content security policy
 * (no inline script or style anywhere), no framing, no sniffing, no referrer beyond the
 * site, no powerful features, and HSTS when it came over TLS.
 */
class SecurityHeadersTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void aPageForbidsInlineScriptAndStyleFramingAndSniffing() throws Exception {
		String commissioner = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Anytown Council"));

		for (ResultActions page : new ResultActions[] { this.mvc.perform(get("/sign-in")),
				this.mvc.perform(get("/").with(user(this.directory.signInUser(commissioner).orElseThrow()))) }) {
			page.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy",
						allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
								containsString("style-src 'self'"), containsString("object-src 'none'"),
								containsString("base-uri 'none'"), containsString("form-action 'self'"),
								containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")),
								not(containsString("unsafe-eval")))))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "same-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().doesNotExist("Strict-Transport-Security"));
		}
	}

	@Test
	void theApiForbidsEverythingABrowserCouldDoWithItsAnswers() throws Exception {
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));

		for (ResultActions answer : new ResultActions[] {
				this.mvc.perform(get("/api/v1/me").with(httpBasic(auditor, PASSWORD))),
				this.mvc.perform(get("/api/v1/me")) }) {
			answer
				.andExpect(header().string("Content-Security-Policy",
						allOf(containsString("default-src 'none'"), containsString("frame-ancestors 'none'"))))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "no-referrer"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
		}
	}

	@Test
	void overTlsPagesAndTheApiAskForHstsForAYear() throws Exception {
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));

		this.mvc.perform(get("/sign-in").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		this.mvc.perform(get("/api/v1/me").secure(true).with(httpBasic(auditor, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

}
