package org.partnershipledger.audit;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.util.Arrays;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 (RFC 8032) signatures over bytes, with the ledger's Java keys. The ledger signs
 * every chain link and every envelope and verifies them again on the way, so this is on
 * every command's path: it uses Bouncy Castle's Ed25519 arithmetic, which the benchmark
 * measured several times cheaper than the JDK's own. The signatures are the same bytes
 * either way (Ed25519 is deterministic), so anyone checks them with the JDK alone.
 */
public final class Ed25519Signatures {

	/** Bytes in a raw Ed25519 key and in a signature. */
	private static final int KEY_BYTES = Ed25519.PUBLIC_KEY_SIZE;

	private static final int SIGNATURE_BYTES = Ed25519.SIGNATURE_SIZE;

	static {
		Ed25519.precompute();
	}

	private Ed25519Signatures() {
	}

	/** The signature the private key makes over the message. */
	public static byte[] sign(PrivateKey key, byte[] message) {
		byte[] signature = new byte[SIGNATURE_BYTES];
		Ed25519.sign(raw(key), 0, message, 0, message.length, signature, 0);
		return signature;
	}

	/**
	 * Whether the signature over the message was made with the private half of the key;
	 * {@code false} for a signature or key of the wrong shape.
	 */
	public static boolean verifies(PublicKey key, byte[] message, byte[] signature) {
		if (signature == null || signature.length != SIGNATURE_BYTES) {
			return false;
		}
		byte[] publicKey;
		try {
			publicKey = raw(key);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
	}

	/**
	 * The 32 raw bytes of an Ed25519 key: a private key's own, a public key's at the end
	 * of its X.509 encoding.
	 */
	private static byte[] raw(Key key) {
		if (key instanceof EdECPrivateKey privateKey && privateKey.getBytes().isPresent()) {
			return privateKey.getBytes().get();
		}
		byte[] encoded = key.getEncoded();
		if (!Checkpoint.ALGORITHM.equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm()) || encoded == null
				|| encoded.length < KEY_BYTES) {
			throw new IllegalArgumentException("Not an Ed25519 key: " + key.getAlgorithm());
		}
		return Arrays.copyOfRange(encoded, encoded.length - KEY_BYTES, encoded.length);
	}

}
