package org.partnershipledger.audit;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.wire.EventEnvelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Only the ledger can extend a chain: the chain hash is public arithmetic, so a forger
 * who can write to the store or an export can recompute it, but not the ledger's
 * signature on each link or event. Verification with the ledger's public key names every
 * link or event it did not sign.
 */
class LedgerSignaturesVerificationTest {

	private static final KeyPair LEDGER = InstanceKeys.generate();

	private static final String PUBLIC_KEY = InstanceKeys.encode(LEDGER.getPublic());

	private final List<EventEnvelope> history = Histories.chained("p-1", 4);

	@Test
	void aStoreWhoseLinksTheLedgerSignedIsClean() {
		VerificationReport report = ChainVerifier.verifyStore(Histories.stored(this.history), signedLinks(this.history),
				null, PUBLIC_KEY);

		assertThat(report.clean()).isTrue();
		assertThat(report.ledgerSignatures()).contains("Every chain link was checked");
		assertThat(report.signaturesChecked()).isEqualTo(4);
	}

	@Test
	void anEventAppendedWithACorrectlyComputedButUnsignedLinkIsNamed() {
		List<EventEnvelope> extended = new ArrayList<>(this.history);
		EventEnvelope forged = Histories.envelope("p-1", 4, "forged");
		extended.add(forged.withChainHash(ChainHash.of(forged, this.history.get(3).chainHash())));
		List<ChainLink> links = signedLinks(this.history);
		links.add(Histories.links(extended).get(4));

		VerificationReport unkeyed = ChainVerifier.verifyStore(Histories.stored(extended), links, null, null);
		VerificationReport keyed = ChainVerifier.verifyStore(Histories.stored(extended), links, null, PUBLIC_KEY);

		assertThat(unkeyed.clean()).as("the hash alone cannot tell").isTrue();
		assertThat(unkeyed.ledgerSignatures()).startsWith("Not checked");
		assertThat(unkeyed.signaturesChecked()).isNull();
		assertThat(keyed.clean()).isFalse();
		assertThat(keyed.signaturesChecked()).isEqualTo(5);
		assertThat(keyed.discrepancies())
			.extracting(Discrepancy::partnershipId, Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple("p-1", 4L, DiscrepancyKind.UNSIGNED));
	}

	@Test
	void aLinkSignedWithAnotherKeyIsNamed() {
		List<ChainLink> links = signedLinks(this.history);
		links.set(2,
				links.get(2).withSignature(LinkSignatures.sign(links.get(2), InstanceKeys.generate().getPrivate())));

		VerificationReport report = ChainVerifier.verifyStore(Histories.stored(this.history), links, null, PUBLIC_KEY);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(2L, DiscrepancyKind.UNSIGNED));
	}

	@Test
	void anExportRewrittenAndRehashedIsCaughtByTheEventSignatures() {
		List<EventEnvelope> signed = signed(this.history);
		List<EventEnvelope> rewritten = new ArrayList<>(signed.subList(0, 2));
		EventEnvelope changed = Histories.altered(signed.get(2));
		rewritten.add(changed.withChainHash(ChainHash.of(changed, signed.get(1).chainHash())));

		VerificationReport unkeyed = ChainVerifier.verifyExport(Histories.stored(rewritten), null, null);
		VerificationReport keyed = ChainVerifier.verifyExport(Histories.stored(rewritten), null, PUBLIC_KEY);

		assertThat(unkeyed.clean()).isTrue();
		assertThat(keyed.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(2L, DiscrepancyKind.UNSIGNED));
	}

	@Test
	void eventsFromBeforeEnvelopesWereSignedStillVerifyByTheirHashButNotAfterASignedOne() {
		List<EventEnvelope> upgraded = new ArrayList<>(this.history.subList(0, 2));
		upgraded.addAll(signed(this.history.subList(2, 4)));

		VerificationReport report = ChainVerifier.verifyExport(Histories.stored(upgraded), null, PUBLIC_KEY);

		assertThat(report.clean()).isTrue();
		assertThat(report.ledgerSignatures()).contains("2 events published before envelopes were signed");
		assertThat(report.signaturesChecked()).as("the two signed ones").isEqualTo(2);

		List<EventEnvelope> stripped = new ArrayList<>(upgraded);
		stripped.set(3, stripped.get(3).withSignature(null));
		assertThat(ChainVerifier.verifyExport(Histories.stored(stripped), null, PUBLIC_KEY).discrepancies())
			.extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(3L, DiscrepancyKind.UNSIGNED));
	}

	private static List<ChainLink> signedLinks(List<EventEnvelope> envelopes) {
		List<ChainLink> links = new ArrayList<>();
		for (ChainLink link : Histories.links(envelopes)) {
			links.add(link.withSignature(LinkSignatures.sign(link, LEDGER.getPrivate())));
		}
		return links;
	}

	private static List<EventEnvelope> signed(List<EventEnvelope> envelopes) {
		return envelopes.stream().map((envelope) -> EnvelopeSignatures.sign(envelope, LEDGER.getPrivate())).toList();
	}

}
