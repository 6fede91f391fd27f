package org.partnershipledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's Ed25519 signatures are the JDK's, byte for byte: anyone checks them with
 * the JDK alone, and what the JDK signed verifies here.
 */
class Ed25519SignaturesTest {

	private static final byte[] MESSAGE = "{\"partnershipId\":\"p-1\",\"sequenceNumber\":7}"
		.getBytes(StandardCharsets.UTF_8);

	private final KeyPair keys = InstanceKeys.generate();

	@Test
	void aSignatureIsTheJdksAndVerifiesBothWays() throws GeneralSecurityException {
		Signature jdk = Signature.getInstance("Ed25519");
		jdk.initSign(this.keys.getPrivate());
		jdk.update(MESSAGE);
		byte[] byTheJdk = jdk.sign();

		byte[] byTheLedger = Ed25519Signatures.sign(this.keys.getPrivate(), MESSAGE);

		assertThat(byTheLedger).isEqualTo(byTheJdk);
		assertThat(Ed25519Signatures.verifies(this.keys.getPublic(), MESSAGE, byTheJdk)).isTrue();
		Signature check = Signature.getInstance("Ed25519");
		check.initVerify(this.keys.getPublic());
		check.update(MESSAGE);
		assertThat(check.verify(byTheLedger)).isTrue();
	}

	@Test
	void anotherMessageAnotherKeyOrASignatureOfTheWrongShapeDoesNotVerify() {
		byte[] signature = Ed25519Signatures.sign(this.keys.getPrivate(), MESSAGE);
		byte[] changed = MESSAGE.clone();
		changed[3] ^= 1;

		assertThat(Ed25519Signatures.verifies(this.keys.getPublic(), changed, signature)).isFalse();
		assertThat(Ed25519Signatures.verifies(InstanceKeys.generate().getPublic(), MESSAGE, signature)).isFalse();
		assertThat(Ed25519Signatures.verifies(this.keys.getPublic(), MESSAGE, new byte[12])).isFalse();
		assertThat(Ed25519Signatures.verifies(this.keys.getPublic(), MESSAGE, null)).isFalse();
	}

}
