package org.partnershipledger.query.rebuild;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * When a migration changed the shape of the read models (it asks for it in
 * {@code read_model_upgrade}), rebuilds them from the event log before the listeners
 * start, so that no event is folded into a read model of the old shape and no page reads
 * one. Another instance already rebuilding is waited for.
 */
@Component
class ReadModelUpgrade implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrade.class);

	private static final Duration WAIT = Duration.ofMillis(500);

	private final JdbcClient jdbc;

	private final ProjectionRebuild rebuild;

	private volatile boolean running;

	ReadModelUpgrade(JdbcClient jdbc, ProjectionRebuild rebuild) {
		this.jdbc = jdbc;
		this.rebuild = rebuild;
	}

	@Override
	public void start() {
		String reason;
		while ((reason = requested()) != null) {
			try {
				log.info("Rebuilding the read models before applying new events: {}", reason);
				RebuildProgress done = this.rebuild.runNow("the ledger, after an upgrade");
				if (done.state() != RebuildProgress.State.FINISHED) {
					throw new IllegalStateException("The read models could not be rebuilt: " + done.failures());
				}
				this.jdbc.sql("update read_model_upgrade set requested = false, updated_at = now() where id = 1")
					.update();
			}
			catch (RebuildRefused ex) {
				log.info("Waiting for the rebuild another instance is running: {}", ex.getMessage());
				LockSupport.parkNanos(WAIT.toNanos());
			}
		}
		this.running = true;
	}

	private String requested() {
		return this.jdbc.sql("select reason from read_model_upgrade where id = 1 and requested")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the Kafka listeners start. */
	@Override
	public int getPhase() {
		return AbstractMessageListenerContainer.DEFAULT_PHASE - 100;
	}

}
