package org.partnershipledger.api.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.partnershipledger.events.wire.LedgerJson;

/**
 * Short-lived tokens by which the web app tells the command side who is acting: the
 * identity and an expiry, signed with HMAC-SHA256 under a secret the two share. A caller
 * who can reach the command side but does not hold the secret cannot act as anyone.
 */
public final class IdentityTokens {

	/** The HTTP header that carries the token. */
	public static final String HEADER = "X-Ledger-Identity";

	private static final String ALGORITHM = "HmacSHA256";

	private static final int MIN_SECRET_BYTES = 32;

	/** How far apart the two apps' clocks may be. */
	private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	private final Duration lifetime;

	public IdentityTokens(String secret, Duration lifetime) {
		if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException(
					"The shared identity secret must be at least " + MIN_SECRET_BYTES + " bytes long");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
		this.lifetime = lifetime;
	}

	/** A token for this identity, valid for the configured lifetime from {@code now}. */
	public String issue(Identity identity, Instant now) {
		Claims claims = new Claims(identity, now.plus(this.lifetime).getEpochSecond());
		String body = ENCODER.encodeToString(LedgerJson.write(claims).getBytes(StandardCharsets.UTF_8));
		return body + "." + ENCODER.encodeToString(sign(body));
	}

	/**
	 * The identity in a token.
	 * @throws InvalidIdentityTokenException if the token is malformed, forged or expired
	 */
	public Identity verify(String token, Instant now) {
		if (token == null || token.indexOf('.') < 1) {
			throw new InvalidIdentityTokenException("No identity token");
		}
		String body = token.substring(0, token.indexOf('.'));
		byte[] signature;
		try {
			signature = DECODER.decode(token.substring(token.indexOf('.') + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidIdentityTokenException("Malformed identity token");
		}
		if (!MessageDigest.isEqual(sign(body), signature)) {
			throw new InvalidIdentityTokenException("Identity token signature does not match");
		}
		Claims claims;
		try {
			claims = LedgerJson.read(new String(DECODER.decode(body), StandardCharsets.UTF_8), Claims.class);
		}
		catch (RuntimeException ex) {
			throw new InvalidIdentityTokenException("Malformed identity token");
		}
		if (claims.expiresAt() > now.plus(this.lifetime).plus(CLOCK_SKEW).getEpochSecond()) {
			// the verifier's own lifetime bounds a token, whatever expiry its issuer
			// wrote
			throw new InvalidIdentityTokenException("Identity token lives longer than this side accepts");
		}
		if (now.getEpochSecond() > claims.expiresAt()) {
			throw new InvalidIdentityTokenException("Identity token expired");
		}
		return claims.identity();
	}

	private byte[] sign(String body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	record Claims(Identity identity, long expiresAt) {

	}

}
