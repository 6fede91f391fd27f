package org.partnershipledger.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every kind of tampering is named by partnership and sequence, in both kinds of history.
 */
class ChainVerifierTest {

	private final List<EventEnvelope> history = Histories.chained("p-1", 5);

	private final List<EventEnvelope> other = Histories.chained("p-2", 3);

	@Test
	void anUntouchedStoreIsClean() {
		VerificationReport report = verifyStore(all(this.history, this.other), null);

		assertThat(report.clean()).isTrue();
		assertThat(report.discrepancies()).isEmpty();
		assertThat(report.partnershipsChecked()).isEqualTo(2);
		assertThat(report.eventsChecked()).isEqualTo(8);
		assertThat(report.signatureValid()).isNull();
	}

	@Test
	void anUntouchedExportIsClean() {
		VerificationReport report = ChainVerifier.verifyExport(Histories.stored(all(this.history, this.other)), null,
				null);

		assertThat(report.clean()).isTrue();
		assertThat(report.discrepancies()).isEmpty();
	}

	@Test
	void aChangedPayloadInTheStoreIsNamedAsAlteredAtItsSequenceOnly() {
		List<EventEnvelope> tampered = new ArrayList<>(this.history);
		tampered.set(2, Histories.altered(tampered.get(2)));

		VerificationReport report = verifyStore(all(tampered, this.other), null);

		assertThat(report.clean()).isFalse();
		assertThat(report.discrepancies())
			.extracting(Discrepancy::partnershipId, Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple("p-1", 2L, DiscrepancyKind.ALTERED));
	}

	@Test
	void aChangedPayloadInAnExportIsNamedAsAlteredAtItsSequenceOnly() {
		List<EventEnvelope> tampered = new ArrayList<>(this.history);
		tampered.set(2, Histories.altered(tampered.get(2)));

		VerificationReport report = ChainVerifier.verifyExport(Histories.stored(tampered), null, null);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(2L, DiscrepancyKind.ALTERED));
	}

	@Test
	void aDeletedEventInTheStoreIsNamedAsMissing() {
		List<EventEnvelope> tampered = new ArrayList<>(this.history);
		tampered.remove(3);

		VerificationReport report = ChainVerifier.verifyStore(Histories.stored(tampered), Histories.links(this.history),
				null, null);

		assertThat(report.discrepancies())
			.extracting(Discrepancy::partnershipId, Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple("p-1", 3L, DiscrepancyKind.MISSING));
		assertThat(report.discrepancies().get(0).detail()).contains("p-1-e3");
	}

	@Test
	void aDeletedEventInAnExportIsNamedAsMissing() {
		List<EventEnvelope> tampered = new ArrayList<>(this.history);
		tampered.remove(3);

		VerificationReport report = ChainVerifier.verifyExport(Histories.stored(tampered), null, null);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(3L, DiscrepancyKind.MISSING));
	}

	@Test
	void anEventMovedFarAheadLeavesOneMissingRunNamedOnceNotOnePerSequence() {
		List<EventEnvelope> tampered = new ArrayList<>(this.history);
		tampered.set(4, Histories.movedTo(tampered.get(4), 5_000_000_000L));
		List<EventEnvelope> last = new ArrayList<>(this.history);
		last.set(4, Histories.movedTo(last.get(4), Long.MAX_VALUE));

		VerificationReport report = ChainVerifier.verifyExport(Histories.stored(tampered), null, null);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(4L, DiscrepancyKind.MISSING), tuple(5_000_000_000L, DiscrepancyKind.REORDERED));
		assertThat(report.discrepancies().get(0).detail())
			.isEqualTo("There are no events at sequences 4 to 4999999999 (4999999996 in all); "
					+ "the event after it cannot be checked against it.");
		assertThat(ChainVerifier.verifyExport(Histories.stored(last), null, null).discrepancies())
			.extracting(Discrepancy::sequenceNumber)
			.containsExactly(4L, Long.MAX_VALUE);
	}

	@Test
	void swappedEventsInTheStoreAreBothNamedAsReordered() {
		List<EventEnvelope> tampered = swapped(this.history, 1, 2);

		VerificationReport report = ChainVerifier.verifyStore(Histories.stored(tampered), Histories.links(this.history),
				null, null);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(1L, DiscrepancyKind.REORDERED), tuple(2L, DiscrepancyKind.REORDERED));
		assertThat(report.discrepancies().get(0).detail()).contains("p-1-e2", "recorded it at sequence 2");
	}

	@Test
	void swappedEventsInAnExportAreBothNamedAsReordered() {
		VerificationReport report = ChainVerifier.verifyExport(Histories.stored(swapped(this.history, 1, 2)), null,
				null);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(1L, DiscrepancyKind.REORDERED), tuple(2L, DiscrepancyKind.REORDERED));
	}

	@Test
	void aConsistentlyRewrittenHistoryIsCaughtOnlyByTheCheckpoint() {
		Checkpoint checkpoint = Checkpoint.sign(Instant.now(), List.of(head(this.history), head(this.other)),
				InstanceKeys.generate());
		List<EventEnvelope> rewritten = rehashed(this.history, 1);

		VerificationReport withoutCheckpoint = verifyStore(all(rewritten, this.other), null);
		VerificationReport withCheckpoint = verifyStore(all(rewritten, this.other), checkpoint);
		VerificationReport export = ChainVerifier.verifyExport(Histories.stored(all(rewritten, this.other)), checkpoint,
				null);

		assertThat(withoutCheckpoint.clean()).isTrue();
		assertThat(withCheckpoint.signatureValid()).isTrue();
		assertThat(withCheckpoint.discrepancies())
			.extracting(Discrepancy::partnershipId, Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple("p-1", 4L, DiscrepancyKind.HEAD_MISMATCH));
		assertThat(export.discrepancies()).extracting(Discrepancy::partnershipId, Discrepancy::kind)
			.containsExactly(tuple("p-1", DiscrepancyKind.HEAD_MISMATCH));
	}

	@Test
	void eventsAfterTheCheckpointAndNewerPartnershipsAreFine() {
		Checkpoint checkpoint = Checkpoint.sign(Instant.now(), List.of(head(this.history.subList(0, 3))),
				InstanceKeys.generate());

		VerificationReport report = verifyStore(all(this.history, this.other), checkpoint);

		assertThat(report.clean()).isTrue();
		assertThat(report.checkpointCreatedAt()).isEqualTo(checkpoint.createdAt());
	}

	@Test
	void aLastEventDeletedSinceTheCheckpointIsNamedAsMissing() {
		Checkpoint checkpoint = Checkpoint.sign(Instant.now(), List.of(head(this.history)), InstanceKeys.generate());

		VerificationReport report = ChainVerifier.verifyExport(Histories.stored(this.history.subList(0, 4)), checkpoint,
				null);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(4L, DiscrepancyKind.MISSING));
	}

	@Test
	void aPartnershipInTheCheckpointButGoneIsNamedAsMissing() {
		Checkpoint checkpoint = Checkpoint.sign(Instant.now(), List.of(head(this.history), head(this.other)),
				InstanceKeys.generate());

		VerificationReport report = verifyStore(this.history, checkpoint);

		assertThat(report.discrepancies())
			.extracting(Discrepancy::partnershipId, Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple("p-2", 2L, DiscrepancyKind.MISSING));
	}

	@Test
	void anExportOfOnePartnershipIsHeldToItsOwnHeadOnly() {
		Checkpoint checkpoint = Checkpoint.sign(Instant.now(), List.of(head(this.history), head(this.other)),
				InstanceKeys.generate());

		VerificationReport whole = ChainVerifier.verifyExport(Histories.stored(this.history), checkpoint, null);
		VerificationReport shortened = ChainVerifier.verifyExport(Histories.stored(this.history.subList(0, 4)),
				checkpoint, null);

		assertThat(whole.clean()).isTrue();
		assertThat(whole.partnershipsChecked()).isEqualTo(1);
		assertThat(shortened.discrepancies())
			.extracting(Discrepancy::partnershipId, Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple("p-1", 4L, DiscrepancyKind.MISSING));
	}

	@Test
	void aCompleteCopyLackingAPartnershipInTheCheckpointNamesItAsMissing() {
		Checkpoint checkpoint = Checkpoint.sign(Instant.now(), List.of(head(this.history), head(this.other)),
				InstanceKeys.generate());

		VerificationReport report = ChainVerifier.verifyCopy(Histories.stored(this.history), checkpoint, null);

		assertThat(report.discrepancies())
			.extracting(Discrepancy::partnershipId, Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple("p-2", 2L, DiscrepancyKind.MISSING));
	}

	@Test
	void aTamperedCheckpointHasAnInvalidSignature() {
		Checkpoint signed = Checkpoint.sign(Instant.now(), List.of(head(this.history)), InstanceKeys.generate());
		Checkpoint later = new Checkpoint(signed.createdAt().plusSeconds(3600), signed.heads(), signed.digest(),
				signed.algorithm(), signed.publicKey(), signed.signature());

		VerificationReport report = verifyStore(this.history, later);

		assertThat(report.signatureValid()).isFalse();
		assertThat(report.signatureProblem()).contains("signature does not match");
		assertThat(report.clean()).isFalse();
	}

	@Test
	void anUnreadableStoredEventIsNamed() {
		List<StoredEvent> stored = new ArrayList<>(Histories.stored(this.history));
		stored.set(1, new StoredEvent("p-1", 1, "p-1-e1", null, "its type x.Y is not a ledger event"));

		VerificationReport report = ChainVerifier.verifyStore(stored, Histories.links(this.history), null, null);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(1L, DiscrepancyKind.UNREADABLE));
	}

	@Test
	void anExportedEntryThatIsNoEnvelopeIsNamedAsUnreadableAndTheRestIsChecked() throws Exception {
		List<EventEnvelope> history = new ArrayList<>(this.history);
		history.remove(1);
		String json = LedgerJson.write(java.util.Map.of("events", history))
			.replace("[{", "[{\"partnershipId\":\"p-1\",\"sequenceNumber\":1,\"occurredAt\":\"not a date\"},{");

		List<StoredEvent> read = ExportedHistory.read(new java.io.ByteArrayInputStream(json.getBytes()));
		VerificationReport report = ChainVerifier.verifyExport(read, null, null);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(1L, DiscrepancyKind.UNREADABLE));
	}

	@Test
	void aBrokenLinkInTheStoresChainIsNamed() {
		List<ChainLink> links = new ArrayList<>(Histories.links(this.history));
		ChainLink link = links.get(3);
		links.set(3, new ChainLink("p-1", 3, link.eventId(), link.chainHash(), ChainHash.GENESIS));

		VerificationReport report = ChainVerifier.verifyStore(Histories.stored(this.history), links, null, null);

		assertThat(report.discrepancies()).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.contains(tuple(3L, DiscrepancyKind.ALTERED));
	}

	/** Verifies a store whose chain was recorded from the hashes the events carry. */
	private static VerificationReport verifyStore(List<EventEnvelope> stored, Checkpoint checkpoint) {
		List<ChainLink> links = new ArrayList<>();
		stored.stream()
			.map(EventEnvelope::partnershipId)
			.distinct()
			.forEach((id) -> links
				.addAll(Histories.links(stored.stream().filter((e) -> e.partnershipId().equals(id)).toList())));
		return ChainVerifier.verifyStore(Histories.stored(stored), links, checkpoint, null);
	}

	private static List<EventEnvelope> all(List<EventEnvelope> first, List<EventEnvelope> second) {
		List<EventEnvelope> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static ChainHead head(List<EventEnvelope> history) {
		EventEnvelope last = history.get(history.size() - 1);
		return new ChainHead(last.partnershipId(), last.sequenceNumber(), last.eventId(), last.chainHash());
	}

	private static List<EventEnvelope> swapped(List<EventEnvelope> history, int first, int second) {
		List<EventEnvelope> swapped = new ArrayList<>(history);
		swapped.set(first, Histories.movedTo(history.get(second), first));
		swapped.set(second, Histories.movedTo(history.get(first), second));
		return swapped;
	}

	/** The history with one payload changed and every hash from there recomputed. */
	private static List<EventEnvelope> rehashed(List<EventEnvelope> history, int from) {
		List<EventEnvelope> rewritten = new ArrayList<>();
		String previous = ChainHash.GENESIS;
		for (EventEnvelope envelope : history) {
			EventEnvelope content = (envelope.sequenceNumber() == from) ? Histories.altered(envelope) : envelope;
			String hash = ChainHash.of(content, previous);
			rewritten.add(content.withChainHash(hash));
			previous = hash;
		}
		return rewritten;
	}

}
