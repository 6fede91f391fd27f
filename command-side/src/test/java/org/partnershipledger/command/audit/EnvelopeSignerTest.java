package org.partnershipledger.command.audit;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.audit.ChainLink;
import org.partnershipledger.audit.EnvelopeSignatures;
import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.audit.LinkSignatures;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relay signs (and so publishes) only what the ledger chained: an event stored past
 * the ledger, with a link computed by whoever stored it, or changed after its link was
 * signed, is refused.
 */
class EnvelopeSignerTest {

	private static final KeyPair KEYS = InstanceKeys.generate();

	private final EnvelopeSigner signer = new EnvelopeSigner(
			new SigningKeys(new CheckpointSettings(Duration.ofHours(1), InstanceKeys.encode(KEYS.getPrivate()), null)));

	private final EventEnvelope envelope = envelope("Clause 4");

	private final ChainLink link = new ChainLink("p-1", 0, "e-0", ChainHash.of(this.envelope, ChainHash.GENESIS),
			ChainHash.GENESIS);

	@Test
	void anEventWhoseLinkTheLedgerSignedIsSignedWithTheLedgersKey() {
		ChainLink signed = this.link.withSignature(LinkSignatures.sign(this.link, KEYS.getPrivate()));

		assertThat(this.signer.problemWith(this.envelope, signed)).isEmpty();
		assertThat(EnvelopeSignatures.problem(LedgerJson.write(this.signer.sign(this.envelope)), KEYS.getPublic()))
			.isEmpty();
	}

	@Test
	void anEventWhoseLinkWasComputedPastTheLedgerIsRefused() {
		assertThat(this.signer.problemWith(this.envelope, this.link))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("not signed by the ledger"));
		ChainLink otherKey = this.link
			.withSignature(LinkSignatures.sign(this.link, InstanceKeys.generate().getPrivate()));
		assertThat(this.signer.problemWith(this.envelope, otherKey)).isPresent();
	}

	@Test
	void anEventChangedAfterItsLinkWasSignedIsRefused() {
		ChainLink signed = this.link.withSignature(LinkSignatures.sign(this.link, KEYS.getPrivate()));

		assertThat(this.signer.problemWith(envelope("Clause 5"), signed))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("was changed"));
	}

	@Test
	void withoutAKeyTheCommandSideDoesNotStart() {
		assertThatThrownBy(() -> new SigningKeys(new CheckpointSettings(Duration.ofHours(1), null, null)))
			.hasMessageContaining("LEDGER_SIGNING_KEY");
		assertThatThrownBy(() -> new SigningKeys(new CheckpointSettings(Duration.ofHours(1), "not a key", null)))
			.hasMessageContaining("LEDGER_SIGNING_KEY");
	}

	private static EventEnvelope envelope(String note) {
		ObjectNode payload = LedgerJson.mapper().createObjectNode();
		payload.put("partnershipId", "p-1");
		payload.put("note", note);
		payload.put("amount", new BigDecimal("4200000"));
		Instant at = Instant.parse("2026-03-01T09:00:00Z");
		return new EventEnvelope("e-0", "PaymentMade", "1", "p-1", 0, 1, at, at,
				new Actor("cara", "Cara", ActorRole.COMMISSIONER, "party-0"), Authority.NONE, "c", "c", payload, null,
				null);
	}

}
