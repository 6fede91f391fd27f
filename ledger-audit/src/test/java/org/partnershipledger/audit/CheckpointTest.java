package org.partnershipledger.audit;

import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {

	private static final List<ChainHead> HEADS = List.of(new ChainHead("p-2", 4, "e-4", "b".repeat(64)),
			new ChainHead("p-1", 7, "e-7", "a".repeat(64)));

	private final KeyPair keys = InstanceKeys.generate();

	@Test
	void aSignedCheckpointVerifiesAfterARoundTripThroughJson() {
		Checkpoint signed = Checkpoint.sign(Instant.parse("2026-11-26T18:00:00.123456Z"), HEADS, this.keys);

		Checkpoint read = LedgerJson.read(LedgerJson.write(signed), Checkpoint.class);

		assertThat(read).isEqualTo(signed);
		assertThat(read.signatureProblem(InstanceKeys.encode(this.keys.getPublic()))).isEmpty();
		assertThat(read.heads()).extracting(ChainHead::partnershipId).containsExactly("p-1", "p-2");
		assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-11-26T18:00:00.123Z"));
	}

	@Test
	void changedHeadsNoLongerGiveTheDigest() {
		Checkpoint signed = Checkpoint.sign(Instant.now(), HEADS, this.keys);
		Checkpoint changed = new Checkpoint(signed.createdAt(),
				List.of(signed.heads().get(0), new ChainHead("p-2", 4, "e-4", "c".repeat(64))), signed.digest(),
				signed.algorithm(), signed.publicKey(), signed.signature());

		assertThat(changed.signatureProblem(null))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("digest"));
	}

	@Test
	void aCheckpointSignedWithAnotherKeyIsRefusedWhenTheInstanceKeyIsGiven() {
		Checkpoint foreign = Checkpoint.sign(Instant.now(), HEADS, InstanceKeys.generate());

		assertThat(foreign.signatureProblem(null)).isEmpty();
		assertThat(foreign.signatureProblem(InstanceKeys.encode(this.keys.getPublic())))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("another key"));
	}

	@Test
	void thePublicKeyFollowsFromThePrivateKeyAlone() throws Exception {
		KeyPair restored = InstanceKeys.fromPrivateKey(InstanceKeys.encode(this.keys.getPrivate()));

		assertThat(restored.getPublic().getEncoded()).isEqualTo(this.keys.getPublic().getEncoded());
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(restored.getPrivate());
		signer.update(new byte[] { 1, 2, 3 });
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(restored.getPublic());
		verifier.update(new byte[] { 1, 2, 3 });
		assertThat(verifier.verify(signer.sign())).isTrue();
	}

	@Test
	void aPrivateKeyThatIsNotEd25519IsRefusedPlainly() {
		assertThatThrownBy(() -> InstanceKeys.fromPrivateKey("bm90IGEga2V5"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Ed25519");
	}

}
