package org.partnershipledger.query.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.timeline.EventLogRepository;
import org.partnershipledger.query.timeline.EventSummaries;
import org.partnershipledger.query.timeline.SummaryNames;

/**
 * Partnerships as they stood at a moment (DOMAIN.md §8), replayed from the event log by
 * the same {@link PartnershipOverview#apply} the live projection and the rebuild use, so
 * an as-of view can never disagree with the live one about what an event does. Access is
 * the caller's: it checks the live overview first.
 */
@Service
public class OverviewHistory {

	private final EventLogRepository eventLog;

	public OverviewHistory(EventLogRepository eventLog) {
		this.eventLog = eventLog;
	}

	/**
	 * The partnership as it stood, naming things as the live overview does; empty when it
	 * had no event on that axis by then.
	 */
	public Optional<OverviewAsOf> asOf(PartnershipOverview live, AsOf asOf) {
		return replay(this.eventLog.envelopes(live.partnershipId()), asOf, SummaryNames.of(live));
	}

	/**
	 * The partnership as it stood, naming parties and the rest by their ids; empty when
	 * it had no event on that axis by then.
	 */
	public Optional<OverviewAsOf> asOf(String partnershipId, AsOf asOf) {
		return replay(this.eventLog.envelopes(partnershipId), asOf, SummaryNames.IDS);
	}

	/**
	 * Folds, in sequence order, the envelopes the axis counts at the moment. On the
	 * effective axis an event that cannot be applied without one that took effect later
	 * is left out and reported, rather than hiding the whole view.
	 */
	static Optional<OverviewAsOf> replay(List<EventEnvelope> envelopes, AsOf asOf, SummaryNames names) {
		PartnershipOverview overview = PartnershipOverview.empty();
		List<LateEvent> recordedLater = new ArrayList<>();
		List<LateEvent> notApplied = new ArrayList<>();
		for (EventEnvelope envelope : envelopes) {
			boolean effective = Axis.EFFECTIVE.includes(envelope, asOf.at());
			if (effective && !Axis.RECORDED.includes(envelope, asOf.at())) {
				recordedLater.add(late(envelope, EventSummaries.summarise(envelope, names)));
			}
			if (!asOf.axis().includes(envelope, asOf.at())) {
				continue;
			}
			try {
				overview = overview.apply(envelope);
			}
			catch (IllegalArgumentException ex) {
				if (asOf.axis() == Axis.RECORDED) {
					throw ex;
				}
				notApplied.add(late(envelope,
						EventSummaries.summarise(envelope, names) + " (" + ex.getMessage() + " by then)"));
			}
		}
		return overview.exists() ? Optional.of(new OverviewAsOf(overview, asOf, recordedLater, notApplied))
				: Optional.empty();
	}

	private static LateEvent late(EventEnvelope envelope, String summary) {
		return new LateEvent(envelope.sequenceNumber(), envelope.type(), summary, envelope.occurredAt(),
				envelope.recordedAt(), envelope.actor());
	}

}
