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

	@Test
	void aFieldGivenTwiceIsRefusedThoughTheSignatureCoversTheLastOne() {
		String published = LedgerJson.write(EnvelopeSignatures.sign(this.envelope, LEDGER.getPrivate()));
		// a reader that kept the first would read what the ledger did not sign
		String twice = "{\"partnershipId\":\"someone-else\"," + published.substring(1);

		assertThat(EnvelopeSignatures.problem(twice, LEDGER.getPublic()))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("not JSON as the ledger writes it")
				.contains("partnershipId"));
	}

	@Test
	void aLoneSurrogateInPlaceOfAQuestionMarkIsRefused() {
		EventEnvelope asked = new EventEnvelope(this.envelope.eventId(), this.envelope.type(), this.envelope.revision(),
				this.envelope.partnershipId(), this.envelope.sequenceNumber(), this.envelope.globalIndex(),
				this.envelope.occurredAt(), this.envelope.recordedAt(), this.envelope.actor(),
				this.envelope.authority(), "why?", this.envelope.causationId(), this.envelope.payload(),
				this.envelope.chainHash(), null);
		String published = LedgerJson.write(EnvelopeSignatures.sign(asked, LEDGER.getPrivate()));
		// in UTF-8 both are the byte of "?", so the signature alone cannot tell them
		// apart
		String changed = published.replace("why?", "why\\ud800");

		assertThat(EnvelopeSignatures.problem(published, LEDGER.getPublic())).isEmpty();
		assertThat(changed).isNotEqualTo(published);
		assertThat(EnvelopeSignatures.problem(changed, LEDGER.getPublic()))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("lone surrogate"));
	}

	@Test
	void aNumberWithABillionDigitsIsRefusedWithoutWritingThem() {
		String published = LedgerJson.write(EnvelopeSignatures.sign(this.envelope, LEDGER.getPrivate()));
		String huge = published.substring(0, published.length() - 1) + ",\"n\":1e999999999}";

		assertThat(EnvelopeSignatures.problem(huge, LEDGER.getPublic()))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("too large or too small"));
	}

}
