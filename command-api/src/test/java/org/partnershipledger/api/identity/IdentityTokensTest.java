package org.partnershipledger.api.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityTokensTest {

	private static final String SECRET = "a-shared-secret-of-at-least-32-bytes!";

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private final IdentityTokens tokens = new IdentityTokens(SECRET, Duration.ofMinutes(5));

	private final Identity commissioner = new Identity("jo.bloggs", "Jo Bloggs", UserRole.COMMISSIONER,
			new Organisation("Westminster City Council", new OrganisationIdentifier("GB-LAC", "E09000033")));

	private final Identity admin = new Identity("root", "Administrator", UserRole.ADMIN, null);

	private static final IdentityTokens.BoundRequest REQUEST = IdentityTokens.BoundRequest.of("POST",
			URI.create("http://localhost:8081/internal/v1/partnerships/p-1/parties?dryRun=false"),
			"{\"name\":\"Shelter Trust\"}".getBytes(StandardCharsets.UTF_8));

	@Test
	void verifiesTheIdentityItIssued() {
		assertThat(this.tokens.verify(this.tokens.issue(this.commissioner, NOW, REQUEST), NOW.plusSeconds(60), REQUEST))
			.isEqualTo(this.commissioner);
		assertThat(this.tokens.verify(this.tokens.issue(this.admin, NOW, REQUEST), NOW, REQUEST)).isEqualTo(this.admin);
	}

	@Test
	void rejectsABodySwappedUnderAnotherSignature() {
		String token = this.tokens.issue(this.commissioner, NOW, REQUEST);
		String other = this.tokens.issue(this.admin, NOW, REQUEST);
		String forged = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));

		assertThatThrownBy(() -> this.tokens.verify(forged, NOW, REQUEST))
			.isInstanceOf(InvalidIdentityTokenException.class)
			.hasMessageContaining("signature");
	}

	@Test
	void rejectsATamperedSignature() {
		String token = this.tokens.issue(this.commissioner, NOW, REQUEST);
		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + ((last == 'A') ? 'B' : 'A');

		assertThatThrownBy(() -> this.tokens.verify(tampered, NOW, REQUEST))
			.isInstanceOf(InvalidIdentityTokenException.class);
	}

	@Test
	void rejectsATokenSignedWithAnotherSecret() {
		IdentityTokens other = new IdentityTokens("another-shared-secret-of-32-bytes-or-more", Duration.ofMinutes(5));

		assertThatThrownBy(() -> this.tokens.verify(other.issue(this.commissioner, NOW, REQUEST), NOW, REQUEST))
			.isInstanceOf(InvalidIdentityTokenException.class);
	}

	@Test
	void rejectsAnExpiredToken() {
		String token = this.tokens.issue(this.commissioner, NOW, REQUEST);

		assertThatThrownBy(() -> this.tokens.verify(token, NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), REQUEST))
			.isInstanceOf(InvalidIdentityTokenException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void rejectsATokenIssuedForLongerThanTheVerifierAccepts() {
		IdentityTokens generousIssuer = new IdentityTokens(SECRET, Duration.ofDays(30));
		String token = generousIssuer.issue(this.commissioner, NOW, REQUEST);

		assertThatThrownBy(() -> this.tokens.verify(token, NOW, REQUEST))
			.isInstanceOf(InvalidIdentityTokenException.class)
			.hasMessageContaining("longer");
	}

	@Test
	void rejectsAMissingOrMalformedToken() {
		assertThatThrownBy(() -> this.tokens.verify(null, NOW, REQUEST))
			.isInstanceOf(InvalidIdentityTokenException.class);
		assertThatThrownBy(() -> this.tokens.verify("no-dot", NOW, REQUEST))
			.isInstanceOf(InvalidIdentityTokenException.class);
	}

	@Test
	void aTokenIsForTheOneRequestItWasIssuedFor() {
		String token = this.tokens.issue(this.commissioner, NOW, REQUEST);
		for (IdentityTokens.BoundRequest other : List.of(
				IdentityTokens.BoundRequest.of("POST", "/internal/v1/partnerships/p-2/parties", "dryRun=false",
						"{\"name\":\"Shelter Trust\"}".getBytes(StandardCharsets.UTF_8)),
				IdentityTokens.BoundRequest.of("POST", "/internal/v1/partnerships/p-1/parties", "dryRun=false",
						"{\"name\":\"Forged Trust\"}".getBytes(StandardCharsets.UTF_8)),
				IdentityTokens.BoundRequest.of("POST", "/internal/v1/partnerships/p-1/parties", null,
						"{\"name\":\"Shelter Trust\"}".getBytes(StandardCharsets.UTF_8)),
				IdentityTokens.BoundRequest.of("GET", "/internal/v1/partnerships/p-1/parties", "dryRun=false", null))) {
			assertThatThrownBy(() -> this.tokens.verify(token, NOW, other)).as(other.toString())
				.isInstanceOf(InvalidIdentityTokenException.class)
				.hasMessageContaining("another request");
		}
		assertThat(this.tokens.verify(token, NOW, REQUEST)).isEqualTo(this.commissioner);
	}

	@Test
	void aTokenIsAcceptedOnceSentAgainItIsRefused() {
		String token = this.tokens.issue(this.commissioner, NOW, REQUEST);
		assertThat(this.tokens.verify(token, NOW, REQUEST)).isEqualTo(this.commissioner);

		assertThatThrownBy(() -> this.tokens.verify(token, NOW.plusSeconds(1), REQUEST))
			.isInstanceOf(InvalidIdentityTokenException.class)
			.hasMessageContaining("already used");
		assertThat(this.tokens.verify(this.tokens.issue(this.commissioner, NOW, REQUEST), NOW, REQUEST))
			.as("a new token for the same request")
			.isEqualTo(this.commissioner);
	}

	@Test
	void refusesASecretShorterThan32Bytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IdentityTokens("too-short", Duration.ofMinutes(5)))
			.withMessageContaining("32 bytes");
	}

}
