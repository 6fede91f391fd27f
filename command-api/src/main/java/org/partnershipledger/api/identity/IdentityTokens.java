package org.partnershipledger.api.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.partnershipledger.events.wire.LedgerJson;

/**
 * Short-lived tokens by which the web app tells the command side who is acting: the
 * identity, an expiry and the one request it is for (method, target and a digest of the
 * body), signed with HMAC-SHA256 under a secret the two share. A caller who can reach the
 * command side but does not hold the secret cannot act as anyone; one who sees a token on
 * the internal network can neither use it for another request nor send it again, since
 * the verifier accepts each token once.
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

	/** The ids of tokens accepted and not yet expired, with their expiry. */
	private final Map<String, Long> used = new ConcurrentHashMap<>();

	private final AtomicLong lastSweep = new AtomicLong();

	public IdentityTokens(String secret, Duration lifetime) {
		if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException(
					"The shared identity secret must be at least " + MIN_SECRET_BYTES + " bytes long");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
		this.lifetime = lifetime;
	}

	/**
	 * A token for this identity and this one request, valid for the configured lifetime
	 * from {@code now}.
	 */
	public String issue(Identity identity, Instant now, BoundRequest request) {
		Claims claims = new Claims(identity, now.plus(this.lifetime).getEpochSecond(), UUID.randomUUID().toString(),
				request);
		String body = ENCODER.encodeToString(LedgerJson.write(claims).getBytes(StandardCharsets.UTF_8));
		return body + "." + ENCODER.encodeToString(sign(body));
	}

	/**
	 * The identity in a token, which is then used up.
	 * @param request the request that carried it
	 * @throws InvalidIdentityTokenException if the token is malformed, forged, expired,
	 * issued for another request or used before
	 */
	public Identity verify(String token, Instant now, BoundRequest request) {
		Claims claims = current(token, now);
		if (!request.equals(claims.request())) {
			throw new InvalidIdentityTokenException("Identity token was issued for another request");
		}
		forgetExpired(now);
		if (claims.tokenId() == null || this.used.putIfAbsent(claims.tokenId(), claims.expiresAt()) != null) {
			throw new InvalidIdentityTokenException("Identity token already used");
		}
		return claims.identity();
	}

	/**
	 * Checks that a token is the web app's and current, before its request is read: a
	 * request without one is not worth reading.
	 * @throws InvalidIdentityTokenException if it is malformed, forged or expired
	 */
	public void checkCurrent(String token, Instant now) {
		current(token, now);
	}

	private Claims current(String token, Instant now) {
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
		return claims;
	}

	/** Forgets the ids of expired tokens, at most once a second. */
	private void forgetExpired(Instant now) {
		long second = now.getEpochSecond();
		long last = this.lastSweep.get();
		if (second != last && this.lastSweep.compareAndSet(last, second)) {
			long past = now.minus(CLOCK_SKEW).getEpochSecond();
			this.used.values().removeIf((expiresAt) -> expiresAt < past);
		}
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

	record Claims(Identity identity, long expiresAt, String tokenId, BoundRequest request) {

	}

	/**
	 * The request a token is for.
	 *
	 * @param method the HTTP method, such as {@code POST}
	 * @param target the path and query as sent, encoded
	 * @param bodyDigest the body's SHA-256, base64url (of no bytes when there is none)
	 */
	public record BoundRequest(String method, String target, String bodyDigest) {

		/** The request to a URI (its raw path and query count, not its host). */
		public static BoundRequest of(String method, URI uri, byte[] body) {
			return of(method, uri.getRawPath(), uri.getRawQuery(), body);
		}

		/**
		 * The request with a raw path, a raw query ({@code null} for none) and a body.
		 */
		public static BoundRequest of(String method, String rawPath, String rawQuery, byte[] body) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest((body != null) ? body : new byte[0]);
				return new BoundRequest(method.toUpperCase(Locale.ROOT),
						(rawQuery != null) ? rawPath + "?" + rawQuery : rawPath, ENCODER.encodeToString(digest));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("SHA-256 is not available", ex);
			}
		}

	}

}
