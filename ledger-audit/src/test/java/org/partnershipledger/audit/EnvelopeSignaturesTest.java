package org.partnershipledger.audit;

import java.security.KeyPair;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeSignaturesTest {

	private static final KeyPair LEDGER = InstanceKeys.generate();

	private final EventEnvelope envelope = Histories.chained("p-1", 1).get(0);

	@Test
	void aSignedEnvelopeVerifiesFromTheTextAReaderReceives() {
		String published = LedgerJson.write(EnvelopeSignatures.sign(this.envelope, LEDGER.getPrivate()));

		assertThat(EnvelopeSignatures.problem(published, LEDGER.getPublic())).isEmpty();
		assertThat(EnvelopeSignatures.problem(LedgerJson.read(published, EventEnvelope.class), LEDGER.getPublic()))
			.isEmpty();
	}

	@Test
	void anUnsignedEnvelopeIsRefused() {
		assertThat(EnvelopeSignatures.problem(LedgerJson.write(this.envelope), LEDGER.getPublic()))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("not signed"));
	}

	@Test
	void aChangedEnvelopeNoLongerVerifies() {
		String published = LedgerJson.write(EnvelopeSignatures.sign(this.envelope, LEDGER.getPrivate()));
		String changed = published.replace("\"sequenceNumber\":0", "\"sequenceNumber\":1");

		assertThat(changed).isNotEqualTo(published);
		assertThat(EnvelopeSignatures.problem(changed, LEDGER.getPublic()))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("does not verify"));
	}

	@Test
	void anEnvelopeSignedWithAnotherKeyIsRefused() {
		String forged = LedgerJson.write(EnvelopeSignatures.sign(this.envelope, InstanceKeys.generate().getPrivate()));

		assertThat(EnvelopeSignatures.problem(forged, LEDGER.getPublic())).isPresent();
	}

	@Test
	void textThatIsNotAnEnvelopeIsRefusedWithoutFailing() {
		assertThat(EnvelopeSignatures.problem("[1,2]", LEDGER.getPublic())).isPresent();
		assertThat(EnvelopeSignatures.problem("not json", LEDGER.getPublic())).isPresent();
	}

}
