package org.partnershipledger.query.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.identity.ApiToken;
import org.partnershipledger.query.identity.ApiTokens;
import org.partnershipledger.query.identity.LedgerUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens (issue 11 item 3): created on the account page and shown once,
 * stored as a SHA-256 hash, sent as {@code Authorization: Bearer}, revoked on the same
 * page; a call with a token checks no password.
 */
class ApiTokenTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private MeterRegistry meters;

	@Test
	void aTokenCreatedOnTheAccountPageIsShownOnceAndSignsItsOwnerIntoTheApi() throws Exception {
		String username = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Anytown Council"));
		LedgerUser user = this.directory.signInUser(username).orElseThrow();

		Map<String, Object> flash = this.mvc
			.perform(post("/account/tokens").with(user(user)).with(csrf()).param("name", "Monthly report"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap();
		String token = (String) flash.get("newToken");

		assertThat(token).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username));
		this.mvc.perform(get("/account").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Monthly report")))
			.andExpect(content().string(containsString(token.substring(token.length() - 4))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
	}

	@Test
	void onlyTheTokensSha256IsStored() throws Exception {
		String username = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));
		String token = this.tokens.create(username, "Audit script");

		List<String> stored = this.jdbc.sql("select token_hash from api_token where username = :username")
			.param("username", username)
			.query(String.class)
			.list();
		String rows = this.jdbc.sql("select string_agg(api_token::text, ' ') from api_token where username = :username")
			.param("username", username)
			.query(String.class)
			.single();

		assertThat(stored).containsExactly(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
		assertThat(rows).doesNotContain(token);
	}

	@Test
	void aRevokedUnknownOrDisabledOwnersTokenIs401() throws Exception {
		String username = person(UserRole.PROVIDER, organisation("GB-CHC", "Anytown Housing"));
		LedgerUser user = this.directory.signInUser(username).orElseThrow();
		String revoked = this.tokens.create(username, "Old laptop");
		String kept = this.tokens.create(username, "Server");
		ApiToken oldLaptop = this.tokens.list(username)
			.stream()
			.filter((token) -> token.name().equals("Old laptop"))
			.findFirst()
			.orElseThrow();

		this.mvc.perform(post("/account/tokens/" + oldLaptop.id() + "/revoke").with(user(user)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + revoked))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer plt_not-a-token"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + kept)).andExpect(status().isOk());
		this.directory.setEnabled(username, false);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + kept))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void nobodyRevokesSomeoneElsesToken() throws Exception {
		String owner = person(UserRole.PROVIDER, organisation("GB-CHC", "Anytown Housing"));
		String other = person(UserRole.PROVIDER, organisation("GB-CHC", "Othertown Housing"));
		String token = this.tokens.create(owner, "Server");
		ApiToken created = this.tokens.list(owner).get(0);

		this.mvc
			.perform(post("/account/tokens/" + created.id() + "/revoke")
				.with(user(this.directory.signInUser(other).orElseThrow()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void aCallWithATokenChecksNoPassword() throws Exception {
		String username = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));
		String token = this.tokens.create(username, "Dashboard");
		double before = passwordChecks();

		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		}

		assertThat(passwordChecks()).isEqualTo(before);
	}

	@Test
	void theOpenApiDocumentOffersTokensAndBasic() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
			.andExpect(jsonPath("$.security[0].bearer").exists())
			.andExpect(jsonPath("$.security[1].basic").exists());
	}

	private double passwordChecks() {
		Counter counter = this.meters.find("ledger.sign_in.password_checks").counter();
		return (counter != null) ? counter.count() : 0;
	}

}
