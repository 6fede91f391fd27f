package org.partnershipledger.query.rebuild;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.audit.Verifications;
import org.partnershipledger.query.partnership.OverviewSnapshots;
import org.partnershipledger.query.partnership.OverviewState;
import org.partnershipledger.query.partnership.PortfolioHistoryStore;
import org.partnershipledger.query.partnership.StoredOverview;
import org.partnershipledger.query.projection.FoldedStates;
import org.partnershipledger.query.projection.PartnershipLock;
import org.partnershipledger.query.projection.ReadModels;
import org.partnershipledger.query.timeline.EventLogRepository;

/**
 * Drops and rebuilds every read model from the event log, for example after the fold
 * changed, so overviews stored by an older fold are corrected. It runs on its own thread,
 * one run at a time, while the Kafka listener keeps applying new events: each partnership
 * is rebuilt in its own transaction under the same lock the listener takes, reading the
 * log only once it holds the lock, so an event applied meanwhile is either in the log it
 * folds or applied after it on top of the rebuilt overview. Never lost, never twice. When
 * it finishes, the command side is asked for a signed checkpoint of the history as it
 * stands then (all the rebuild read, and anything recorded since), which the run names;
 * the rebuild finishes whether or not one could be taken, and says why not.
 */
@Service
public class ProjectionRebuild {

	private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

	private static final Duration LOG_EVERY = Duration.ofSeconds(5);

	/**
	 * In whose name the checkpoint after a rebuild the ledger started on its own (after
	 * an upgrade) is asked for.
	 */
	static final Identity LEDGER = new Identity("ledger", "The ledger", UserRole.ADMIN, null);

	private final RebuildRuns runs;

	private final ReadModels readModels;

	private final FoldedStates states;

	private final OverviewSnapshots snapshots;

	private final PortfolioHistoryStore portfolioHistory;

	private final EventLogRepository eventLog;

	private final PartnershipLock locks;

	private final TransactionTemplate transaction;

	private final Verifications verifications;

	private final Clock clock;

	/** How many partnerships are rebuilt at once. */
	private final int threads;

	/** The run this instance is doing, 0 when none. */
	private final AtomicLong current = new AtomicLong();

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "projection-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	ProjectionRebuild(RebuildRuns runs, ReadModels readModels, FoldedStates states, OverviewSnapshots snapshots,
			PortfolioHistoryStore portfolioHistory, EventLogRepository eventLog, PartnershipLock locks,
			PlatformTransactionManager transactions, Verifications verifications, Clock clock,
			@Value("${ledger.rebuild.threads:0}") int threads) {
		this.verifications = verifications;
		this.runs = runs;
		this.readModels = readModels;
		this.states = states;
		this.snapshots = snapshots;
		this.portfolioHistory = portfolioHistory;
		this.eventLog = eventLog;
		this.locks = locks;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.threads = (threads > 0) ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Starts a rebuild in the background.
	 * @param startedBy the administrator, in whose name the checkpoint is asked for when
	 * it finishes
	 * @return its progress at the start
	 * @throws RebuildRefused if one is already running
	 */
	public RebuildProgress start(Identity startedBy) {
		List<String> partnerships = this.readModels.partnershipIds();
		long events = this.eventLog.countAll();
		long id = this.runs.start(startedBy.username(), partnerships.size(), events);
		log.info("Rebuild {} started by {}: {} partnerships, {} events", id, startedBy.username(), partnerships.size(),
				events);
		this.worker.execute(() -> run(id, partnerships, startedBy));
		return this.runs.find(id).orElseThrow();
	}

	/**
	 * Rebuilds on the calling thread and answers once done: what the application does
	 * before it applies new events, when the shape of its read models changed.
	 * @throws RebuildRefused if one is already running
	 */
	public RebuildProgress runNow(String startedBy) {
		List<String> partnerships = this.readModels.partnershipIds();
		long events = this.eventLog.countAll();
		long id = this.runs.start(startedBy, partnerships.size(), events);
		log.info("Rebuild {} by {}: {} partnerships, {} events", id, startedBy, partnerships.size(), events);
		run(id, partnerships, LEDGER);
		return this.runs.find(id).orElseThrow();
	}

	/** The latest run, running or done. */
	public Optional<RebuildProgress> latest() {
		return this.runs.latest();
	}

	public Optional<RebuildProgress> find(long id) {
		return this.runs.find(id);
	}

	/**
	 * Rebuilds the partnerships, several at once (each in its own transaction under its
	 * own lock), and reports progress from this thread as they finish; once all have,
	 * asks for a checkpoint in the name of who started it.
	 */
	private void run(long id, List<String> partnerships, Identity startedBy) {
		this.current.set(id);
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicLong events = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(this.threads, (task) -> {
			Thread thread = new Thread(task, "projection-rebuild-worker");
			thread.setDaemon(true);
			return thread;
		});
		CompletionService<String> done = new ExecutorCompletionService<>(pool);
		Instant lastLogged = this.clock.instant();
		try {
			for (String partnershipId : partnerships) {
				done.submit(() -> {
					try {
						Integer folded = this.transaction.execute((status) -> rebuild(partnershipId));
						events.addAndGet((folded != null) ? folded : 0);
					}
					catch (RuntimeException ex) {
						log.error("Rebuild {}: partnership {} could not be rebuilt and keeps its read models", id,
								partnershipId, ex);
						failures.add(partnershipId + ": " + ex.getMessage());
					}
					return partnershipId;
				});
			}
			for (int finished = 1; finished <= partnerships.size(); finished++) {
				done.take();
				if (!this.runs.progress(id, finished, events.get(), List.copyOf(failures))) {
					log.warn("Rebuild {} was marked failed meanwhile (its heartbeat stopped too long); it stops", id);
					return;
				}
				if (Duration.between(lastLogged, this.clock.instant()).compareTo(LOG_EVERY) >= 0) {
					lastLogged = this.clock.instant();
					this.runs.find(id).ifPresent(ProjectionRebuild::logProgress);
				}
			}
			RebuildCheckpoint checkpoint = checkpoint(id, startedBy);
			this.runs.finish(id, RebuildProgress.State.FINISHED, List.copyOf(failures), checkpoint);
			this.runs.find(id)
				.ifPresent((progress) -> log.info(
						"Rebuild {} finished: {} partnerships, {} events at {}/s, {} failed; checkpoint {}", id,
						progress.partnershipsDone(), progress.eventsDone(), progress.eventsPerSecond(), failures.size(),
						checkpoint.taken() ? checkpoint.digest() : "not taken"));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failures.add("The rebuild was interrupted");
			this.runs.finish(id, RebuildProgress.State.FAILED, List.copyOf(failures));
		}
		catch (RuntimeException ex) {
			log.error("Rebuild {} stopped", id, ex);
			failures.add("The rebuild stopped: " + ex.getMessage());
			this.runs.finish(id, RebuildProgress.State.FAILED, List.copyOf(failures));
		}
		finally {
			pool.shutdownNow();
			this.current.set(0);
		}
	}

	/**
	 * Asks the command side for a signed checkpoint; what it could not do is said, never
	 * thrown, so that the rebuild finishes regardless.
	 */
	private RebuildCheckpoint checkpoint(long id, Identity startedBy) {
		try {
			RebuildCheckpoint checkpoint = RebuildCheckpoint.of(this.verifications.takeCheckpoint(startedBy));
			if (!checkpoint.taken()) {
				log.warn("Rebuild {}: no checkpoint was taken: {}", id, checkpoint.problem());
			}
			return checkpoint;
		}
		catch (RuntimeException ex) {
			log.warn("Rebuild {}: no checkpoint was taken", id, ex);
			return RebuildCheckpoint.notTaken("The checkpoint could not be taken: " + ex.getMessage());
		}
	}

	/** Rebuilds one partnership under its lock; returns how many events it folded. */
	private int rebuild(String partnershipId) {
		this.locks.lock(partnershipId);
		List<EventEnvelope> envelopes = this.eventLog.envelopes(partnershipId);
		this.states.forget(partnershipId);
		if (envelopes.isEmpty()) {
			this.readModels.drop(partnershipId);
			return 0;
		}
		OverviewState state = OverviewState.empty();
		this.snapshots.forget(partnershipId);
		this.portfolioHistory.forget(partnershipId);
		List<StoredOverview> lines = new ArrayList<>();
		StoredOverview before = null;
		for (EventEnvelope envelope : envelopes) {
			state.apply(envelope);
			StoredOverview after = state.stored();
			if (PortfolioHistoryStore.changed(before, after)) {
				lines.add(after);
			}
			before = after;
			if (OverviewSnapshots.due(state)) {
				this.snapshots.keep(state);
			}
		}
		this.readModels.replace(state);
		this.portfolioHistory.keepAll(lines);
		return envelopes.size();
	}

	private static void logProgress(RebuildProgress progress) {
		log.info("Rebuild {}: {} of {} events, {} of {} partnerships, {}/s, about {} s left", progress.id(),
				progress.eventsDone(), progress.eventsTotal(), progress.partnershipsDone(),
				progress.partnershipsTotal(), progress.eventsPerSecond(), progress.secondsLeft());
	}

	/**
	 * Stops a run this instance is doing and says so, rather than leaving it RUNNING
	 * until it counts as abandoned.
	 */
	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
		long running = this.current.get();
		if (running != 0) {
			log.warn("Rebuild {} stopped because the application is shutting down", running);
			this.runs.finish(running, RebuildProgress.State.FAILED,
					List.of("Stopped without finishing: the application shut down during the rebuild"));
		}
	}

}
