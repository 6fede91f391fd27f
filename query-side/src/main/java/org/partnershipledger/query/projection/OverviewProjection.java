package org.partnershipledger.query.projection;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.OverviewSnapshots;
import org.partnershipledger.query.partnership.OverviewState;
import org.partnershipledger.query.partnership.PortfolioHistoryStore;
import org.partnershipledger.query.partnership.StoredOverview;
import org.partnershipledger.query.timeline.EventLogRepository;

/**
 * Applies each partnership's envelopes exactly once and in order. Delivery is
 * at-least-once, so a sequence number already applied is ignored; a sequence number
 * beyond the next one means a gap, and the record is parked (never skipped) together with
 * every later record of that partnership until the missing ones arrive. Each record is
 * handled in one transaction that holds the partnership's lock, so the listener and the
 * retry never apply the same partnership at once.
 */
@Component
public class OverviewProjection {

	private static final Logger log = LoggerFactory.getLogger(OverviewProjection.class);

	/** What became of a record. */
	public enum Result {

		APPLIED, DUPLICATE, PARKED

	}

	private final PartnershipLock locks;

	private final OverviewRepository overviews;

	private final EventLogRepository eventLog;

	private final ParkedRecords parked;

	private final ReadModels readModels;

	private final FoldedStates states;

	private final OverviewSnapshots snapshots;

	private final PortfolioHistoryStore portfolioHistory;

	private final TransactionTemplate transaction;

	private final TransactionTemplate savepoint;

	OverviewProjection(PartnershipLock locks, OverviewRepository overviews, EventLogRepository eventLog,
			ParkedRecords parked, ReadModels readModels, FoldedStates states, OverviewSnapshots snapshots,
			PortfolioHistoryStore portfolioHistory, PlatformTransactionManager transactions) {
		this.locks = locks;
		this.overviews = overviews;
		this.eventLog = eventLog;
		this.parked = parked;
		this.readModels = readModels;
		this.states = states;
		this.snapshots = snapshots;
		this.portfolioHistory = portfolioHistory;
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Applies, ignores or parks one received envelope.
	 * @throws RuntimeException if the envelope is next in sequence but cannot be applied
	 * (nothing is stored; the listener's error handler retries, then parks it)
	 */
	Result accept(EventEnvelope envelope, ReceivedRecord received) {
		return this.transaction.execute((status) -> {
			String partnershipId = envelope.partnershipId();
			lock(partnershipId);
			long last = this.overviews.version(partnershipId);
			long sequence = envelope.sequenceNumber();
			if (sequence <= last) {
				log.debug("Ignoring duplicate {} #{} of partnership {} (already at {})", envelope.type(), sequence,
						partnershipId, last);
				return Result.DUPLICATE;
			}
			if (sequence > last + 1) {
				String reason = "Waiting for sequence " + (last + 1) + "; the last applied is " + last;
				log.error("Gap in partnership {}: received #{} but the last applied is #{}; parked until it is filled",
						partnershipId, sequence, last);
				this.parked.park(partnershipId, sequence, received, reason);
				return Result.PARKED;
			}
			applyNext(envelope, last);
			this.parked.remove(partnershipId, sequence);
			applyParked(partnershipId);
			return Result.APPLIED;
		});
	}

	/** Parks a record that failed to apply, after the listener's retries. */
	void parkFailed(ReceivedRecord received, Exception failure) {
		String partnershipId = received.key();
		Long sequence = received.sequenceHeader();
		try {
			EventEnvelope envelope = LedgerJson.read(received.value(), EventEnvelope.class);
			partnershipId = envelope.partnershipId();
			sequence = envelope.sequenceNumber();
		}
		catch (RuntimeException ex) {
			log.debug("Parking a record that is not a readable envelope", ex);
		}
		String owner = (partnershipId != null) ? partnershipId : "unknown";
		Long position = sequence;
		log.error("Could not apply record {}-{}@{} (partnership {}, sequence {}); parked", received.topic(),
				received.partition(), received.offset(), owner, position, failure);
		this.transaction.executeWithoutResult((status) -> {
			lock(owner);
			this.parked.park(owner, position, received, reason(failure));
		});
	}

	/**
	 * Applies whatever parked records of the partnership can now be applied, in order.
	 */
	int retryParked(String partnershipId) {
		Integer applied = this.transaction.execute((status) -> {
			lock(partnershipId);
			return applyParked(partnershipId);
		});
		return (applied != null) ? applied : 0;
	}

	private int applyParked(String partnershipId) {
		int applied = 0;
		while (true) {
			Optional<ParkedRecord> head = this.parked.first(partnershipId);
			if (head.isEmpty()) {
				return applied;
			}
			ParkedRecord record = head.get();
			long last = this.overviews.version(partnershipId);
			if (record.sequenceNumber() <= last) {
				this.parked.remove(record.id());
				continue;
			}
			if (record.sequenceNumber() > last + 1) {
				return applied;
			}
			try {
				this.savepoint.executeWithoutResult((status) -> {
					applyNext(LedgerJson.read(record.envelope(), EventEnvelope.class), last);
					this.parked.remove(record.id());
				});
				applied++;
				log.info("Applied parked record #{} of partnership {}", record.sequenceNumber(), partnershipId);
			}
			catch (RuntimeException ex) {
				this.parked.noteAttempt(record.id(), reason(ex));
				log.warn("Parked record #{} of partnership {} still cannot be applied: {}", record.sequenceNumber(),
						partnershipId, reason(ex));
				return applied;
			}
		}
	}

	/**
	 * Folds the envelope into the partnership's state and stores what it changed; the
	 * state is kept for the next event once the transaction has committed.
	 */
	private void applyNext(EventEnvelope envelope, long last) {
		OverviewState state = this.states.at(envelope.partnershipId(), last);
		StoredOverview before = state.exists() ? state.stored() : null;
		state.apply(envelope);
		this.readModels.store(state);
		StoredOverview after = state.stored();
		if (PortfolioHistoryStore.changed(before, after)) {
			this.portfolioHistory.keep(after);
		}
		this.eventLog.append(envelope);
		if (OverviewSnapshots.due(state)) {
			this.snapshots.keep(state);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				OverviewProjection.this.states.keep(state);
			}

		});
	}

	/** Serialises work on one partnership across threads, instances and the rebuild. */
	private void lock(String partnershipId) {
		this.locks.lock(partnershipId);
	}

	private static String reason(Exception failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getClass().getSimpleName() + ": " + root.getMessage();
		return (message.length() > 2000) ? message.substring(0, 2000) : message;
	}

}
