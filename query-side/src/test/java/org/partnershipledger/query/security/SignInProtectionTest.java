package org.partnershipledger.query.security;

import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.identity.SignInFailures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in protection (issue 13 item 6), for the form and HTTP Basic alike: an account
 * that failed too often is throttled and then locked, with a clear message; an address
 * that failed too often is refused; an administrator disables accounts and resets
 * passwords; everyone changes their own; failures and 403s are counted and logged without
 * secrets.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInProtectionTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAMinuteOverBasic() throws Exception {
		String username = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));
		RequestPostProcessor address = from(uniqueAddress());

		for (int i = 0; i < SignInFailures.THROTTLE_AFTER; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-password-" + i)).with(address))
				.andExpect(status().isUnauthorized());
		}

		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(address))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Too many failed sign-ins for this account")));
	}

	@Test
	void theSignInFormSaysWhyItRefusesAfterFiveWrongPasswords() throws Exception {
		String username = person(UserRole.PROVIDER, organisation("GB-CHC", "Anytown Housing"));

		for (int i = 0; i < SignInFailures.THROTTLE_AFTER; i++) {
			this.mvc.perform(formLogin("/sign-in").user(username).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/sign-in?error"));
		}
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/sign-in").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/sign-in?error"))
			.andReturn()
			.getRequest()
			.getSession();

		this.mvc.perform(get("/sign-in?error").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many failed sign-ins for this account")));
	}

	@Test
	void anAccountIsLockedAfterRepeatedFailuresUntilAnAdministratorEnablesIt() throws Exception {
		String username = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));
		// nine failures spread over the last hour, as throttling allows
		this.jdbc
			.sql("insert into sign_in_failure (username, failures, last_failure_at) "
					+ "values (:username, :failures, now() - interval '2 minutes')")
			.param("username", username)
			.param("failures", SignInFailures.LOCK_AFTER - 1)
			.update();

		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-password")))
			.andExpect(status().isUnauthorized());
		this.jdbc
			.sql("update sign_in_failure set last_failure_at = now() - interval '2 minutes' "
					+ "where username = :username")
			.param("username", username)
			.update();
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value(containsString("locked")));

		this.mvc
			.perform(put("/api/v1/admin/users/" + username + "/enabled").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\": true}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void anAddressWithTooManyFailuresIsRefusedForEveryAccount() throws Exception {
		RequestPostProcessor address = from(uniqueAddress());
		for (int i = 0; i < SignInFailures.ADDRESS_LIMIT; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic("nobody-" + UUID.randomUUID(), "guess")).with(address))
				.andExpect(status().isUnauthorized());
		}
		String username = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));

		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(address))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value(containsString("from your network address")));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from(uniqueAddress())))
			.andExpect(status().isOk());
	}

	@Test
	void aDisabledAccountCannotSignInEvenJustAfterASuccessfulCheck() throws Exception {
		String username = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Anytown Council"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());

		this.mvc
			.perform(put("/api/v1/admin/users/" + username + "/enabled").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\": false}"))
			.andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
		this.mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/sign-in?error"));
		assertThat(this.directory.findUser(username).orElseThrow().enabled()).isFalse();
	}

	@Test
	void anAdministratorResetsAPasswordAndTheOldOneStopsWorkingAtOnce() throws Exception {
		String username = person(UserRole.PROVIDER, organisation("GB-CHC", "Anytown Housing"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());

		this.mvc
			.perform(put("/api/v1/admin/users/" + username + "/password").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\": \"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		this.mvc
			.perform(put("/api/v1/admin/users/" + username + "/password").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\": \"a-brand-new-password\"}"))
			.andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "a-brand-new-password")))
			.andExpect(status().isOk());
	}

	@Test
	void onlyAnAdministratorMayDisableOrResetAndEachTryIsCountedAsA403() throws Exception {
		String provider = person(UserRole.PROVIDER, organisation("GB-CHC", "Anytown Housing"));
		double before = count("ledger.access.forbidden", "area", "api");

		this.mvc
			.perform(put("/api/v1/admin/users/" + provider + "/enabled").with(httpBasic(provider, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\": false}"))
			.andExpect(status().isForbidden());

		assertThat(count("ledger.access.forbidden", "area", "api")).isEqualTo(before + 1);
		this.mvc.perform(get("/api/v1/me").with(httpBasic(provider, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void everyoneChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
		String username = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));

		this.mvc
			.perform(put("/api/v1/me/password").with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\": \"not-my-password\", \"newPassword\": \"my-own-new-password\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		this.mvc
			.perform(put("/api/v1/me/password").with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"my-own-new-password\"}"))
			.andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "my-own-new-password"))).andExpect(status().isOk());
	}

	@Test
	void failuresAreCountedAndLoggedWithoutThePassword(CapturedOutput output) throws Exception {
		String username = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));
		double before = count("ledger.sign_in.failed", "reason", "bad_credentials");

		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "secret-typo-password")))
			.andExpect(status().isUnauthorized());

		assertThat(count("ledger.sign_in.failed", "reason", "bad_credentials")).isEqualTo(before + 1);
		assertThat(output.getAll()).contains("Sign-in failed: method=password username=" + username)
			.doesNotContain("secret-typo-password");
	}

	@Test
	void httpBasicChecksThePasswordHashOnceForRepeatedCalls() throws Exception {
		String username = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));
		double before = count("ledger.sign_in.password_checks");

		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		}

		assertThat(count("ledger.sign_in.password_checks")).isEqualTo(before + 1);
	}

	private double count(String name, String... tags) {
		var counter = this.meters.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static String uniqueAddress() {
		UUID random = UUID.randomUUID();
		return "10." + Math.floorMod(random.getMostSignificantBits(), 256) + "."
				+ Math.floorMod(random.getLeastSignificantBits(), 256) + "."
				+ (1 + Math.floorMod(random.hashCode(), 250));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
