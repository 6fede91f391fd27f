package org.partnershipledger.standalone;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;

/**
 * A steady load of commands through the public API, as people using the ledger make it:
 * each writer registers a partnership of its own and then records one transparency notice
 * after another on it (a command any partnership takes without limit), and records every
 * answer. A command refused with a 503 (or a 409 with {@code Retry-After}), or left
 * unanswered, is sent again later with the same {@code Idempotency-Key}, as a careful
 * client would; so every accepted command must be its partnership's next version, applied
 * once.
 */
final class CommandLoad implements AutoCloseable {

	private static final Duration PAUSE_AFTER_TROUBLE = Duration.ofMillis(200);

	private final LedgerApi api;

	private final List<Writer> writers = new ArrayList<>();

	private final List<Thread> threads = new ArrayList<>();

	private final AtomicBoolean running = new AtomicBoolean();

	private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

	private final AtomicLong noAnswer = new AtomicLong();

	private final AtomicLong answersLost = new AtomicLong();

	private final List<String> badAnswers = new CopyOnWriteArrayList<>();

	private final List<Instant> acceptedAt = new CopyOnWriteArrayList<>();

	CommandLoad(LedgerApi api, int writers) {
		this.api = api;
		for (int i = 0; i < writers; i++) {
			String id = api.post("/api/v1/partnerships", Journeys.registration("Under load " + i))
				.expect(201)
				.json()
				.path("partnershipId")
				.asText();
			this.writers.add(new Writer(id));
		}
	}

	/** Starts the writers; returns once each has had a command accepted. */
	CommandLoad start() {
		this.running.set(true);
		for (Writer writer : this.writers) {
			Thread thread = new Thread(writer, "load-" + writer.partnershipId);
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
		await().atMost(Duration.ofMinutes(2)).until(() -> this.writers.stream().allMatch((w) -> w.version.get() > 0));
		return this;
	}

	/** How many commands have been accepted so far. */
	long accepted() {
		return this.acceptedAt.size();
	}

	/** Waits until {@code more} further commands have been accepted. */
	void awaitAccepted(long more) {
		long target = accepted() + more;
		await().atMost(Duration.ofMinutes(5)).until(() -> accepted() >= target);
	}

	/**
	 * Waits until a command is accepted at or after {@code since} and then until the
	 * views show it; says when each happened.
	 */
	Recovery awaitRecovery(Instant since) {
		Writer[] first = new Writer[1];
		Long[] version = new Long[1];
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
			Instant earliest = null;
			for (Writer writer : this.writers) {
				Long accepted = writer.acceptedSince(since);
				if (accepted != null
						&& (earliest == null || writer.acceptedVersions.get(accepted).isBefore(earliest))) {
					earliest = writer.acceptedVersions.get(accepted);
					first[0] = writer;
					version[0] = accepted;
				}
			}
			return earliest != null;
		});
		Instant acceptedAt = first[0].acceptedVersions.get(version[0]);
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> visibleVersion(first[0].partnershipId) >= version[0]);
		return new Recovery(since, acceptedAt, Instant.now());
	}

	/**
	 * After a fault was lifted at {@code since}: when a command was first accepted again,
	 * and when the views showed it.
	 */
	record Recovery(Instant since, Instant acceptedAt, Instant visibleAt) {

		String describe() {
			return "the first command after it was accepted " + seconds(this.since, this.acceptedAt)
					+ " s later and shown by the views " + seconds(this.since, this.visibleAt) + " s later";
		}

		private static String seconds(Instant from, Instant to) {
			return String.format("%.1f", Math.max(0, Duration.between(from, to).toMillis()) / 1000.0);
		}

	}

	private long visibleVersion(String partnershipId) {
		try {
			LedgerApi.Response response = this.api.get("/api/v1/partnerships/" + partnershipId);
			return (response.status() == 200) ? response.json().path("version").asLong(-1) : -1;
		}
		catch (RuntimeException noAnswer) {
			return -1;
		}
	}

	/** The partnerships written to, with the last version accepted for each. */
	Map<String, Long> lastVersions() {
		Map<String, Long> versions = new TreeMap<>();
		this.writers.forEach((writer) -> versions.put(writer.partnershipId, writer.version.get()));
		return versions;
	}

	/** Stops the writers and tells what they saw. */
	Summary stop() {
		this.running.set(false);
		for (Thread thread : this.threads) {
			try {
				thread.join(Duration.ofMinutes(1).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Map<Integer, Long> byStatus = new TreeMap<>();
		this.statuses.forEach((status, count) -> byStatus.put(status, count.get()));
		List<String> skipped = new ArrayList<>();
		this.writers.forEach((writer) -> skipped.addAll(writer.outOfOrder));
		return new Summary(accepted(), byStatus, this.noAnswer.get(), this.answersLost.get(),
				List.copyOf(this.badAnswers), skipped);
	}

	@Override
	public void close() {
		this.running.set(false);
	}

	/**
	 * What the load saw: commands accepted, answers by status, requests nobody answered,
	 * the commands accepted only when sent again with their key after no answer came,
	 * answers that were not what a client may expect in trouble (a 5xx other than a 503
	 * problem), and accepted commands that were not their partnership's next version.
	 */
	record Summary(long accepted, Map<Integer, Long> byStatus, long noAnswer, long answersLost, List<String> badAnswers,
			List<String> outOfOrder) {

		long refusedUnavailable() {
			return this.byStatus.getOrDefault(503, 0L);
		}

		String describe() {
			return "commands accepted " + this.accepted + ", answers by status " + this.byStatus + ", unanswered "
					+ this.noAnswer + " (commands accepted when sent again with their Idempotency-Key: "
					+ this.answersLost + "), bad answers " + this.badAnswers.size();
		}

	}

	/** One writer: its own partnership, one notice after another. */
	private final class Writer implements Runnable {

		private final String partnershipId;

		private final AtomicLong version = new AtomicLong();

		private final List<String> outOfOrder = new CopyOnWriteArrayList<>();

		private final Map<Long, Instant> acceptedVersions = new ConcurrentHashMap<>();

		private Writer(String partnershipId) {
			this.partnershipId = partnershipId;
		}

		@Override
		public void run() {
			Map<String, Object> command = null;
			String key = null;
			boolean unansweredBefore = false;
			while (CommandLoad.this.running.get()) {
				if (command == null) {
					command = Map.of("noticeType", "VOLUNTARY", "reference", "Under load " + UUID.randomUUID(),
							"publishedOn", "2025-06-01");
					key = UUID.randomUUID().toString();
					unansweredBefore = false;
				}
				try {
					LedgerApi.Response answer = CommandLoad.this.api
						.post("/api/v1/partnerships/" + this.partnershipId + "/transparency-notices", command, key);
					CommandLoad.this.statuses.computeIfAbsent(answer.status(), (status) -> new AtomicLong())
						.incrementAndGet();
					if (answer.status() == 201) {
						long next = answer.json().path("version").asLong();
						long previous = this.version.getAndSet(next);
						// sent again with its key, a command whose answer was lost is
						// applied
						// once: every accepted command is the next version
						if (previous > 0 && next != previous + 1) {
							this.outOfOrder.add(this.partnershipId + ": version " + next + " after " + previous);
						}
						if (unansweredBefore) {
							CommandLoad.this.answersLost.incrementAndGet();
						}
						Instant now = Instant.now();
						this.acceptedVersions.put(next, now);
						CommandLoad.this.acceptedAt.add(now);
						command = null;
						continue;
					}
					boolean comeBack = answer.status() == 503
							|| (answer.status() == 409 && answer.retryAfter() != null);
					if (answer.status() >= 500 && !(answer.status() == 503
							&& answer.contentType().startsWith("application/problem+json"))) {
						CommandLoad.this.badAnswers
							.add(answer.status() + " " + answer.contentType() + " " + answer.body());
					}
					if (!comeBack) {
						command = null;
					}
				}
				catch (IllegalStateException noAnswer) {
					CommandLoad.this.noAnswer.incrementAndGet();
					unansweredBefore = true;
				}
				pause();
			}
		}

		private Long acceptedSince(Instant since) {
			return this.acceptedVersions.entrySet()
				.stream()
				.filter((accepted) -> !accepted.getValue().isBefore(since))
				.map(Map.Entry::getKey)
				.min(Long::compare)
				.orElse(null);
		}

		/**
		 * A client's back-off after trouble, so that an outage is not met with a busy
		 * loop.
		 */
		private void pause() {
			LockSupport.parkNanos(PAUSE_AFTER_TROUBLE.toNanos());
		}

	}

}
