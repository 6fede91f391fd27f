package org.partnershipledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The ledger's signature on each link of a hash chain: Ed25519 over the canonical JSON of
 * {@code {scheme, partnershipId, sequenceNumber, eventId, chainHash, previousHash}}. The
 * hash alone can be computed by anyone; the signature only by the holder of the
 * instance's private key, so only the ledger can extend a chain. Links made before links
 * were signed are signed once when the ledger is upgraded.
 */
public final class LinkSignatures {

	/** The link scheme: SHA-256 chain hash, each link signed with Ed25519. */
	public static final String SCHEME = "ed25519-link-v1";

	private LinkSignatures() {
	}

	/** The signature (base64) of a link. */
	public static String sign(ChainLink link, PrivateKey key) {
		return Base64.getEncoder().encodeToString(Ed25519Signatures.sign(key, signedBytes(link)));
	}

	/** Whether the link carries a signature the key's private half made over it. */
	public static boolean verifies(ChainLink link, PublicKey key) {
		if (link.signature() == null || link.signature().isBlank()) {
			return false;
		}
		try {
			return Ed25519Signatures.verifies(key, signedBytes(link), Base64.getDecoder().decode(link.signature()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The bytes signed for a link. */
	public static byte[] signedBytes(ChainLink link) {
		ObjectNode signed = CanonicalJson.mapper().createObjectNode();
		signed.put("scheme", SCHEME);
		signed.put("partnershipId", link.partnershipId());
		signed.put("sequenceNumber", link.sequenceNumber());
		signed.put("eventId", link.eventId());
		signed.put("chainHash", link.chainHash());
		signed.put("previousHash", link.previousHash());
		return CanonicalJson.of(signed).getBytes(StandardCharsets.UTF_8);
	}

}
