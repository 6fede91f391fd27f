package org.partnershipledger.api.identity;

import java.time.Duration;
import java.time.Instant;

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

	@Test
	void verifiesTheIdentityItIssued() {
		assertThat(this.tokens.verify(this.tokens.issue(this.commissioner, NOW), NOW.plusSeconds(60)))
			.isEqualTo(this.commissioner);
		assertThat(this.tokens.verify(this.tokens.issue(this.admin, NOW), NOW)).isEqualTo(this.admin);
	}

	@Test
	void rejectsABodySwappedUnderAnotherSignature() {
		String token = this.tokens.issue(this.commissioner, NOW);
		String other = this.tokens.issue(this.admin, NOW);
		String forged = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));

		assertThatThrownBy(() -> this.tokens.verify(forged, NOW)).isInstanceOf(InvalidIdentityTokenException.class)
			.hasMessageContaining("signature");
	}

	@Test
	void rejectsATamperedSignature() {
		String token = this.tokens.issue(this.commissioner, NOW);
		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + ((last == 'A') ? 'B' : 'A');

		assertThatThrownBy(() -> this.tokens.verify(tampered, NOW)).isInstanceOf(InvalidIdentityTokenException.class);
	}

	@Test
	void rejectsATokenSignedWithAnotherSecret() {
		IdentityTokens other = new IdentityTokens("another-shared-secret-of-32-bytes-or-more", Duration.ofMinutes(5));

		assertThatThrownBy(() -> this.tokens.verify(other.issue(this.commissioner, NOW), NOW))
			.isInstanceOf(InvalidIdentityTokenException.class);
	}

	@Test
	void rejectsAnExpiredToken() {
		String token = this.tokens.issue(this.commissioner, NOW);

		assertThatThrownBy(() -> this.tokens.verify(token, NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)))
			.isInstanceOf(InvalidIdentityTokenException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void rejectsATokenIssuedForLongerThanTheVerifierAccepts() {
		IdentityTokens generousIssuer = new IdentityTokens(SECRET, Duration.ofDays(30));
		String token = generousIssuer.issue(this.commissioner, NOW);

		assertThatThrownBy(() -> this.tokens.verify(token, NOW)).isInstanceOf(InvalidIdentityTokenException.class)
			.hasMessageContaining("longer");
	}

	@Test
	void rejectsAMissingOrMalformedToken() {
		assertThatThrownBy(() -> this.tokens.verify(null, NOW)).isInstanceOf(InvalidIdentityTokenException.class);
		assertThatThrownBy(() -> this.tokens.verify("no-dot", NOW)).isInstanceOf(InvalidIdentityTokenException.class);
	}

	@Test
	void refusesASecretShorterThan32Bytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IdentityTokens("too-short", Duration.ofMinutes(5)))
			.withMessageContaining("32 bytes");
	}

}
