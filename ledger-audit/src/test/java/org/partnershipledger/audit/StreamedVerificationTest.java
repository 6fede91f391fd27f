package org.partnershipledger.audit;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.wire.EventEnvelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Verification fed one partnership at a time reports exactly what the verifier that held
 * the whole history reported ({@link InMemoryChainVerifier}, the verifier as it was), on
 * a ledger with a changed event, a deleted event, a history rewritten and rehashed since
 * the checkpoint, a partnership begun after it and one deleted whole, with and without
 * the checkpoint and the ledger's key.
 */
class StreamedVerificationTest {

	private static final KeyPair LEDGER = InstanceKeys.generate();

	private static final String KEY = InstanceKeys.encode(LEDGER.getPublic());

	private static final List<EventEnvelope> P1 = signed(Histories.chained("p-1", 5));

	private static final List<EventEnvelope> P2 = signed(Histories.chained("p-2", 4));

	/** Two events from before envelopes were signed, then a signed one. */
	private static final List<EventEnvelope> P3 = Stream
		.concat(Histories.chained("p-3", 3).subList(0, 2).stream(),
				signed(Histories.chained("p-3", 3).subList(2, 3)).stream())
		.toList();

	private static final List<EventEnvelope> P4 = signed(Histories.chained("p-4", 2));

	private static final List<EventEnvelope> P5 = signed(Histories.chained("p-5", 2));

	/** Signed when p-3 had two events, before p-4 began. */
	private static final Checkpoint CHECKPOINT = Checkpoint.sign(Histories.START,
			List.of(head(P1.get(4)), head(P2.get(3)), head(P3.get(1)), head(P5.get(1))), LEDGER);

	/** p-1's third event changed; p-2's second deleted; p-5 deleted whole. */
	private final List<EventEnvelope> events = new ArrayList<>();

	/** The ledger's signed links, but p-3's rewritten and rehashed by a forger. */
	private final List<ChainLink> links = new ArrayList<>();

	StreamedVerificationTest() {
		List<EventEnvelope> p1 = new ArrayList<>(P1);
		p1.set(2, Histories.altered(p1.get(2)));
		List<EventEnvelope> p2 = new ArrayList<>(P2);
		p2.remove(1);
		List<EventEnvelope> p3 = rehashed(List.of(P3.get(0), Histories.altered(P3.get(1)), P3.get(2)));
		Stream.of(p1, p2, p3, P4).forEach(this.events::addAll);
		Stream.of(P1, P2, P4).forEach((history) -> this.links.addAll(signedLinks(history)));
		this.links.addAll(Histories.links(p3));
	}

	@Test
	void theLedgerIsVaried() {
		VerificationReport report = InMemoryChainVerifier.verifyStore(stored(), this.links, CHECKPOINT, KEY);

		assertThat(report.discrepancies()).extracting(Discrepancy::kind)
			.contains(DiscrepancyKind.ALTERED, DiscrepancyKind.MISSING, DiscrepancyKind.HEAD_MISMATCH,
					DiscrepancyKind.UNSIGNED);
		assertThat(report.discrepancies()).extracting(Discrepancy::partnershipId)
			.contains("p-1", "p-2", "p-3", "p-5")
			.doesNotContain("p-4");
		assertThat(report.partnershipsChecked()).isEqualTo(5);
	}

	@Test
	void aStoreVerifiedOnePartnershipAtATimeGivesTheSameReport() {
		for (Checkpoint checkpoint : checkpoints()) {
			for (String key : keys()) {
				assertThat(ChainVerifier.verifyStore(stored(), this.links, checkpoint, key))
					.isEqualTo(InMemoryChainVerifier.verifyStore(stored(), this.links, checkpoint, key));
			}
		}
	}

	@Test
	void anExportVerifiedOnePartnershipAtATimeGivesTheSameReport() {
		for (Checkpoint checkpoint : checkpoints()) {
			for (String key : keys()) {
				assertThat(ChainVerifier.verifyExport(stored(), checkpoint, key))
					.isEqualTo(InMemoryChainVerifier.verifyExport(stored(), checkpoint, key));
			}
		}
	}

	@Test
	void aCopyReadOneRowAtATimeIsReadOnceAndGivesTheSameReport() {
		List<Row> rows = stored().stream().map((event) -> new Row(event.partnershipId(), event)).toList();

		for (Checkpoint checkpoint : checkpoints()) {
			for (String key : keys()) {
				Copy copy = new Copy(rows);
				assertThat(ChainVerifier.verifyCopy(copy, checkpoint, key))
					.isEqualTo(InMemoryChainVerifier.verifyCopy(stored(), checkpoint, key))
					.isEqualTo(ChainVerifier.verifyCopy(stored(), checkpoint, key));
				assertThat(copy.readings).hasValue(1);
			}
		}
	}

	@Test
	void aCopyWithRowsFiledUnderAnotherPartnershipThanTheirEventsIsReadTwiceAndGivesTheSameReport() {
		List<Row> rows = new ArrayList<>();
		for (StoredEvent event : stored()) {
			String filedUnder = event.partnershipId();
			if (event.eventId().equals("p-1-e4")) {
				filedUnder = "p-9";
			}
			else if (event.eventId().equals("p-4-e1")) {
				filedUnder = "p-0";
			}
			rows.add(new Row(filedUnder, event));
		}
		rows.sort(Comparator.comparing(Row::filedUnder).thenComparing((row) -> row.event().sequenceNumber()));
		List<StoredEvent> inRowOrder = rows.stream().map(Row::event).toList();

		for (Checkpoint checkpoint : checkpoints()) {
			for (String key : keys()) {
				Copy copy = new Copy(rows);
				assertThat(ChainVerifier.verifyCopy(copy, checkpoint, key))
					.isEqualTo(InMemoryChainVerifier.verifyCopy(inRowOrder, checkpoint, key));
				assertThat(copy.readings).hasValue(2);
			}
		}
	}

	@Test
	void aCopyNotReadInOrderOfPartnershipIsRefused() {
		List<StoredEvent> p2First = Stream
			.concat(stored().stream().filter((event) -> event.partnershipId().equals("p-2")), stored().stream())
			.toList();
		Copy copy = new Copy(p2First.stream().map((event) -> new Row(event.partnershipId(), event)).toList());

		assertThatIllegalStateException().isThrownBy(() -> ChainVerifier.verifyCopy(copy, null, null))
			.withMessageContaining("p-2");
	}

	private List<StoredEvent> stored() {
		return Histories.stored(this.events);
	}

	private static List<Checkpoint> checkpoints() {
		List<Checkpoint> checkpoints = new ArrayList<>();
		checkpoints.add(null);
		checkpoints.add(CHECKPOINT);
		return checkpoints;
	}

	private static List<String> keys() {
		List<String> keys = new ArrayList<>();
		keys.add(null);
		keys.add(KEY);
		keys.add("not a key");
		return keys;
	}

	private static ChainHead head(EventEnvelope envelope) {
		return new ChainHead(envelope.partnershipId(), envelope.sequenceNumber(), envelope.eventId(),
				envelope.chainHash());
	}

	private static List<EventEnvelope> signed(List<EventEnvelope> envelopes) {
		return envelopes.stream().map((envelope) -> EnvelopeSignatures.sign(envelope, LEDGER.getPrivate())).toList();
	}

	private static List<ChainLink> signedLinks(List<EventEnvelope> envelopes) {
		return Histories.links(envelopes)
			.stream()
			.map((link) -> link.withSignature(LinkSignatures.sign(link, LEDGER.getPrivate())))
			.toList();
	}

	/** The events chained anew, as a forger without the ledger's key would. */
	private static List<EventEnvelope> rehashed(List<EventEnvelope> envelopes) {
		List<EventEnvelope> rehashed = new ArrayList<>();
		String previous = ChainHash.GENESIS;
		for (EventEnvelope envelope : envelopes) {
			String hash = ChainHash.of(envelope, previous);
			rehashed.add(envelope.withChainHash(hash));
			previous = hash;
		}
		return rehashed;
	}

	/** A row of a copy and the partnership it is filed under. */
	private record Row(String filedUnder, StoredEvent event) {
	}

	/** A copy that counts how often it is read. */
	private static final class Copy implements CopyRows {

		private final List<Row> rows;

		private final AtomicInteger readings = new AtomicInteger();

		Copy(List<Row> rows) {
			this.rows = rows;
		}

		@Override
		public void forEach(BiConsumer<String, StoredEvent> each) {
			this.readings.incrementAndGet();
			this.rows.forEach((row) -> each.accept(row.filedUnder(), row.event()));
		}

	}

}
