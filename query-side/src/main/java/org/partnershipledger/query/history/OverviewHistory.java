package org.partnershipledger.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.partnership.OverviewSnapshots;
import org.partnershipledger.query.partnership.OverviewState;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.timeline.EventLogRepository;
import org.partnershipledger.query.timeline.EventSummaries;
import org.partnershipledger.query.timeline.SummaryNames;

/**
 * Partnerships as they stood at a moment (DOMAIN.md §8), replayed from the event log by
 * the same fold ({@link OverviewState#apply}) the live projection and the rebuild use, so
 * an as-of view can never disagree with the live one about what an event does. A replay
 * starts from the nearest snapshot every event of which counts by then, so its cost does
 * not grow with the partnership's history. Access is the caller's: it checks the live
 * overview first.
 */
@Service
public class OverviewHistory {

	private final EventLogRepository eventLog;

	private final OverviewSnapshots snapshots;

	public OverviewHistory(EventLogRepository eventLog, OverviewSnapshots snapshots) {
		this.eventLog = eventLog;
		this.snapshots = snapshots;
	}

	/**
	 * The partnership as it stood, naming things as the live overview does; empty when it
	 * had no event on that axis by then.
	 */
	public Optional<OverviewAsOf> asOf(PartnershipOverview live, AsOf asOf) {
		return replay(live.partnershipId(), asOf, SummaryNames.of(live));
	}

	/**
	 * The partnership as it stood, naming parties and the rest by their ids; empty when
	 * it had no event on that axis by then.
	 */
	public Optional<OverviewAsOf> asOf(String partnershipId, AsOf asOf) {
		return replay(partnershipId, asOf, SummaryNames.IDS);
	}

	private Optional<OverviewAsOf> replay(String partnershipId, AsOf asOf, SummaryNames names) {
		Instant at = asOf.at();
		Supplier<Optional<OverviewState>> nearest = () -> (asOf.axis() == Axis.RECORDED)
				? this.snapshots.recordedBy(partnershipId, at) : this.snapshots.effectiveBy(partnershipId, at);
		Optional<OverviewState> snapshot = nearest.get();
		long from = snapshot.map(OverviewState::version).orElse(-1L);
		List<LateEvent> recordedLater = this.eventLog.effectiveButRecordedAfter(partnershipId, at)
			.stream()
			.map((envelope) -> late(envelope, EventSummaries.summarise(envelope, names)))
			.toList();
		Supplier<OverviewState> start = new Supplier<>() {

			private Optional<OverviewState> unused = snapshot;

			@Override
			public OverviewState get() {
				// a fold that starts again needs the snapshot read afresh
				Optional<OverviewState> state = (this.unused != null) ? this.unused : nearest.get();
				this.unused = null;
				return state.filter((found) -> found.version() == from).orElseGet(OverviewState::empty);
			}

		};
		return fold(start, this.eventLog.envelopesAfter(partnershipId, from), asOf, names, recordedLater);
	}

	/**
	 * The partnership as it stood, folded from the first of these envelopes: what a test
	 * compares the stored snapshots' shortcut with.
	 */
	static Optional<OverviewAsOf> replay(List<EventEnvelope> envelopes, AsOf asOf, SummaryNames names) {
		List<LateEvent> recordedLater = envelopes.stream()
			.filter((envelope) -> Axis.EFFECTIVE.includes(envelope, asOf.at())
					&& !Axis.RECORDED.includes(envelope, asOf.at()))
			.map((envelope) -> late(envelope, EventSummaries.summarise(envelope, names)))
			.toList();
		return fold(OverviewState::empty, envelopes, asOf, names, recordedLater);
	}

	/**
	 * Folds, in sequence order, the envelopes the axis counts at the moment into the
	 * state the start gives. On the effective axis an event that cannot be applied
	 * without one that took effect later is left out and reported, rather than hiding the
	 * whole view: the fold starts again without it.
	 */
	private static Optional<OverviewAsOf> fold(Supplier<OverviewState> start, List<EventEnvelope> envelopes, AsOf asOf,
			SummaryNames names, List<LateEvent> recordedLater) {
		Set<Long> leftOut = new HashSet<>();
		List<LateEvent> notApplied = new ArrayList<>();
		OverviewState state = start.get();
		for (int i = 0; i < envelopes.size(); i++) {
			EventEnvelope envelope = envelopes.get(i);
			if (!asOf.axis().includes(envelope, asOf.at()) || leftOut.contains(envelope.sequenceNumber())) {
				continue;
			}
			try {
				state.apply(envelope);
			}
			catch (IllegalArgumentException ex) {
				if (asOf.axis() == Axis.RECORDED) {
					throw ex;
				}
				leftOut.add(envelope.sequenceNumber());
				notApplied.add(late(envelope,
						EventSummaries.summarise(envelope, names) + " (" + ex.getMessage() + " by then)"));
				state = start.get();
				i = -1;
			}
		}
		return state.exists()
				? Optional.of(new OverviewAsOf(state.toWindowedOverview(), asOf, recordedLater, notApplied))
				: Optional.empty();
	}

	private static LateEvent late(EventEnvelope envelope, String summary) {
		return new LateEvent(envelope.sequenceNumber(), envelope.type(), summary, envelope.occurredAt(),
				envelope.recordedAt(), envelope.actor());
	}

}
