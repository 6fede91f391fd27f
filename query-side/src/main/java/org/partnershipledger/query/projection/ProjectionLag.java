package org.partnershipledger.query.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import org.partnershipledger.events.wire.Topics;
import org.partnershipledger.query.web.ViewsBehind;

/**
 * How many records the projections are behind the topic, so pages can say that views are
 * catching up and by how much (ARCHITECTURE.md §5). Asked of the broker at most once
 * every few seconds.
 */
@Component
public class ProjectionLag implements ViewsBehind, DisposableBean {

	/** The consumer group of the projections. */
	public static final String GROUP = "query-side";

	private static final Logger log = LoggerFactory.getLogger(ProjectionLag.class);

	private static final Duration CACHE = Duration.ofSeconds(2);

	private static final long TIMEOUT_SECONDS = 2;

	private final KafkaAdmin kafkaAdmin;

	private final Clock clock;

	private AdminClient admin;

	private Instant measuredAt = Instant.MIN;

	private long behind = -1;

	private boolean measuring;

	private final ExecutorService measurer = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "projection-lag");
		thread.setDaemon(true);
		return thread;
	});

	ProjectionLag(KafkaAdmin kafkaAdmin, Clock clock) {
		this.kafkaAdmin = kafkaAdmin;
		this.clock = clock;
	}

	/**
	 * The number of records not yet handled, or -1 when the broker cannot tell (or has
	 * not been asked yet). Never waits for the broker: a stale figure is refreshed in the
	 * background, so a page is never slowed by a broker that is down.
	 */
	@Override
	public long behind() {
		Instant now = this.clock.instant();
		synchronized (this) {
			if (this.measuring || now.isBefore(this.measuredAt.plus(CACHE))) {
				return this.behind;
			}
			this.measuring = true;
		}
		this.measurer.execute(() -> {
			long measured = measure();
			synchronized (this) {
				this.behind = measured;
				this.measuredAt = this.clock.instant();
				this.measuring = false;
			}
		});
		synchronized (this) {
			return this.behind;
		}
	}

	private long measure() {
		try {
			if (this.admin == null) {
				this.admin = AdminClient.create(this.kafkaAdmin.getConfigurationProperties());
			}
			Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(GROUP)
				.partitionsToOffsetAndMetadata()
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			Map<TopicPartition, OffsetSpec> partitions = this.admin.describeTopics(List.of(Topics.PARTNERSHIP_EVENTS))
				.allTopicNames()
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
				.get(Topics.PARTNERSHIP_EVENTS)
				.partitions()
				.stream()
				.collect(Collectors.toMap((info) -> new TopicPartition(Topics.PARTNERSHIP_EVENTS, info.partition()),
						(info) -> OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResultInfo> ends = this.admin.listOffsets(partitions)
				.all()
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			long total = 0;
			for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
				OffsetAndMetadata done = committed.get(end.getKey());
				total += Math.max(0, end.getValue().offset() - ((done != null) ? done.offset() : 0));
			}
			return total;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
		catch (Exception ex) {
			log.debug("Could not measure the projections' lag", ex);
			return -1;
		}
	}

	@Override
	public synchronized void destroy() {
		this.measurer.shutdownNow();
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(2));
		}
	}

}
