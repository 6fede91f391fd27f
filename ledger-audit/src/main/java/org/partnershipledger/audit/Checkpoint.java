package org.partnershipledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A signed statement of every partnership's chain head at one moment, for an auditor to
 * keep outside the ledger. Whoever later rewrites history, even rehashing the whole
 * chain, cannot match the heads an auditor holds without the instance's private key.
 *
 * @param heads one per partnership, ordered by partnership id
 * @param digest SHA-256 (hex) of the canonical JSON of the heads
 * @param algorithm the signature algorithm, {@value #ALGORITHM}
 * @param publicKey the signer's public key, base64 of its X.509 encoding
 * @param signature base64 of the signature over the canonical JSON of {@code {algorithm,
 * createdAt, digest, publicKey}}
 */
public record Checkpoint(Instant createdAt, List<ChainHead> heads, String digest, String algorithm, String publicKey,
		String signature) {

	public static final String ALGORITHM = "Ed25519";

	public Checkpoint {
		heads = (heads == null) ? List.of() : List.copyOf(heads);
		for (ChainHead head : heads) {
			if (head.partnershipId() == null || head.chainHash() == null) {
				throw new IllegalArgumentException("Every chain head names its partnership and chain hash");
			}
		}
	}

	/** Signs the heads at a moment with the instance's key pair. */
	public static Checkpoint sign(Instant createdAt, List<ChainHead> heads, KeyPair keys) {
		List<ChainHead> sorted = heads.stream().sorted(Comparator.comparing(ChainHead::partnershipId)).toList();
		Instant at = createdAt.truncatedTo(ChronoUnit.MILLIS);
		String digest = digestOf(sorted);
		String publicKey = InstanceKeys.encode(keys.getPublic());
		return new Checkpoint(at, sorted, digest, ALGORITHM, publicKey, Base64.getEncoder()
			.encodeToString(Ed25519Signatures.sign(keys.getPrivate(), signedText(ALGORITHM, at, digest, publicKey))));
	}

	/**
	 * What is wrong with this checkpoint, if anything: heads that do not give the digest,
	 * a signature that does not verify, or a signer other than the expected one.
	 * @param expectedPublicKey the key the instance publishes (base64 X.509);
	 * {@code null} to accept the key the checkpoint names
	 */
	public Optional<String> signatureProblem(String expectedPublicKey) {
		if (!ALGORITHM.equals(this.algorithm)) {
			return Optional
				.of("The checkpoint is signed with '" + this.algorithm + "'; only " + ALGORITHM + " is accepted.");
		}
		if (this.createdAt == null || this.digest == null || this.publicKey == null || this.signature == null) {
			return Optional.of("The checkpoint lacks its date, digest, public key or signature.");
		}
		if (!digestOf(this.heads).equals(this.digest)) {
			return Optional.of("The chain heads in the checkpoint do not give its digest: the heads were changed.");
		}
		if (expectedPublicKey != null && !expectedPublicKey.equals(this.publicKey)) {
			return Optional.of("The checkpoint was signed with another key than this ledger's.");
		}
		try {
			PublicKey key = InstanceKeys.decodePublic(this.publicKey);
			if (!Ed25519Signatures.verifies(key,
					signedText(this.algorithm, this.createdAt, this.digest, this.publicKey),
					Base64.getDecoder().decode(this.signature))) {
				return Optional.of("The checkpoint's signature does not match its content: it was changed.");
			}
			return Optional.empty();
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return Optional.of("The checkpoint's public key or signature cannot be read: " + ex.getMessage());
		}
	}

	/** The head of one partnership, if the checkpoint has one. */
	public Optional<ChainHead> headOf(String partnershipId) {
		return this.heads.stream().filter((head) -> head.partnershipId().equals(partnershipId)).findFirst();
	}

	private static String digestOf(List<ChainHead> heads) {
		return ChainHash.sha256(CanonicalJson.of(CanonicalJson.mapper().valueToTree(heads)));
	}

	private static byte[] signedText(String algorithm, Instant createdAt, String digest, String publicKey) {
		ObjectNode signed = CanonicalJson.mapper().createObjectNode();
		signed.put("algorithm", algorithm);
		signed.put("createdAt", createdAt.toString());
		signed.put("digest", digest);
		signed.put("publicKey", publicKey);
		return CanonicalJson.of(signed).getBytes(StandardCharsets.UTF_8);
	}

}
