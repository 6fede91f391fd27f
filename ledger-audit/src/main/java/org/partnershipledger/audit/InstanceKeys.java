package org.partnershipledger.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The instance's Ed25519 signing keys in their text forms: the private key as base64
 * PKCS#8, the public key as base64 X.509. The JDK does all the cryptography.
 */
public final class InstanceKeys {

	private InstanceKeys() {
	}

	/** A new key pair. */
	public static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance(Checkpoint.ALGORITHM).generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is not available", ex);
		}
	}

	/**
	 * The key pair of a private key given as base64 PKCS#8. An Ed25519 public key follows
	 * from the private key's 32-byte seed: the JDK's own generator derives it when handed
	 * that seed as its randomness.
	 * @throws IllegalArgumentException if the text is not an Ed25519 private key
	 */
	public static KeyPair fromPrivateKey(String base64Pkcs8) {
		try {
			PrivateKey privateKey = KeyFactory.getInstance(Checkpoint.ALGORITHM)
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8.strip())));
			byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
				.orElseThrow(() -> new IllegalArgumentException("The private key has no seed"));
			KeyPairGenerator generator = KeyPairGenerator.getInstance(Checkpoint.ALGORITHM);
			generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
			KeyPair derived = generator.generateKeyPair();
			return new KeyPair(derived.getPublic(), privateKey);
		}
		catch (GeneralSecurityException | ClassCastException ex) {
			throw new IllegalArgumentException("Not a base64 PKCS#8 Ed25519 private key: " + ex.getMessage(), ex);
		}
	}

	/** Base64 of a private key's PKCS#8 encoding. */
	public static String encode(PrivateKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

	/** Base64 of a public key's X.509 encoding. */
	public static String encode(PublicKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

	/** A public key from base64 X.509. */
	public static PublicKey decodePublic(String base64X509) throws GeneralSecurityException {
		return KeyFactory.getInstance(Checkpoint.ALGORITHM)
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509)));
	}

	/** Randomness that is the given seed: only for deriving a known key's public half. */
	private static final class SeedRandom extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final byte[] seed;

		SeedRandom(byte[] seed) {
			this.seed = seed.clone();
		}

		@Override
		public void nextBytes(byte[] bytes) {
			if (bytes.length != this.seed.length) {
				throw new IllegalStateException("Expected a request for " + this.seed.length + " bytes");
			}
			System.arraycopy(this.seed, 0, bytes, 0, bytes.length);
		}

	}

}
