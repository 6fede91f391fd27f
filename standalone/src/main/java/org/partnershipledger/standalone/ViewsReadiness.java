package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.partnershipledger.events.wire.Topics;

/**
 * Ready means ready: commands flow through to the views. The launcher says "running" only
 * once the command side's relay has caught up with the event store and the web app's
 * consumers hold every partition of the topic and have applied every record published
 * until then. Checked from outside, as an operator would: the command side's health and
 * the consumer group on the broker.
 */
final class ViewsReadiness {

	/** The web app's consumer group. */
	static final String GROUP = "query-side";

	/** Give up when nothing moved for this long. */
	private static final Duration STALLED_AFTER = Duration.ofMinutes(3);

	private static final Duration REPORT_EVERY = Duration.ofSeconds(15);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final KafkaLogin kafka;

	private final String commandSideUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	ViewsReadiness(KafkaLogin kafka, String commandSideUrl) {
		this.kafka = kafka;
		this.commandSideUrl = commandSideUrl;
	}

	/**
	 * Waits until the relay is caught up and the views have applied everything it
	 * published; fails when that stalls.
	 * @param progress where to say what it waits for, when that takes a while
	 */
	void await(PrintStream progress) throws InterruptedException {
		Instant lastMove = Instant.now();
		Instant lastReport = Instant.now();
		String lastState = "";
		Map<String, Object> config = this.kafka.clientProperties();
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
		try (Admin admin = Admin.create(config)) {
			Map<TopicPartition, Long> target = null;
			while (true) {
				String state;
				if (target == null) {
					String relay = relayStatus();
					if ("UP".equals(relay)) {
						target = endOffsets(admin);
						continue;
					}
					state = "the relay to catch up with the event store (its health: " + relay + ")";
				}
				else {
					State views = views(admin, target);
					if (views.ready()) {
						return;
					}
					state = views.describe();
				}
				Instant now = Instant.now();
				if (!state.equals(lastState)) {
					lastState = state;
					lastMove = now;
				}
				else if (now.isAfter(lastMove.plus(STALLED_AFTER))) {
					throw new IllegalStateException("The views are not ready: still waiting for " + state + " after "
							+ STALLED_AFTER.toMinutes() + " min without progress");
				}
				if (now.isAfter(lastReport.plus(REPORT_EVERY))) {
					lastReport = now;
					progress.println("Waiting for " + state + " ...");
				}
				TimeUnit.MILLISECONDS.sleep(250);
			}
		}
	}

	/** The command side's {@code relay} health status, or why it cannot be had. */
	String relayStatus() throws InterruptedException {
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create(this.commandSideUrl + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode relay = JSON.readTree(response.body()).path("components").path("relay");
			String status = relay.path("status").asText("UNKNOWN (no relay in the command side's health)");
			JsonNode details = relay.path("details");
			if ("UP".equals(status)
					&& (details.path("claimedSegments").asInt() == 0 || details.path("behind").asLong(-1) != 0)) {
				return "UP, " + details.path("behind").asText("?") + " events to publish";
			}
			return status;
		}
		catch (IOException ex) {
			return "UNREACHABLE (" + ex.getMessage() + ")";
		}
	}

	/** Where the topic ends now, per partition. */
	static Map<TopicPartition, Long> endOffsets(Admin admin) throws InterruptedException {
		try {
			List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.PARTNERSHIP_EVENTS))
				.allTopicNames()
				.get(5, TimeUnit.SECONDS)
				.get(Topics.PARTNERSHIP_EVENTS)
				.partitions()
				.stream()
				.map((info) -> new TopicPartition(Topics.PARTNERSHIP_EVENTS, info.partition()))
				.toList();
			return admin
				.listOffsets(partitions.stream().collect(Collectors.toMap((p) -> p, (p) -> OffsetSpec.latest())))
				.all()
				.get(5, TimeUnit.SECONDS)
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, (end) -> end.getValue().offset()));
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not read the topic's end from the broker: " + ex.getMessage(), ex);
		}
	}

	/** How far the web app's consumers are towards the target offsets. */
	static State views(Admin admin, Map<TopicPartition, Long> target) throws InterruptedException {
		try {
			ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP))
				.describedGroups()
				.get(GROUP)
				.get(5, TimeUnit.SECONDS);
			Set<TopicPartition> assigned = new HashSet<>();
			for (MemberDescription member : group.members()) {
				assigned.addAll(member.assignment().topicPartitions());
			}
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
				.partitionsToOffsetAndMetadata()
				.get(5, TimeUnit.SECONDS);
			long behind = 0;
			Map<TopicPartition, Long> done = new HashMap<>();
			for (Map.Entry<TopicPartition, Long> end : target.entrySet()) {
				OffsetAndMetadata offset = committed.get(end.getKey());
				long at = (offset != null) ? offset.offset() : 0;
				done.put(end.getKey(), at);
				behind += Math.max(0, end.getValue() - at);
			}
			int assignedOfTopic = (int) target.keySet().stream().filter(assigned::contains).count();
			return new State(target.size(), assignedOfTopic, behind);
		}
		catch (ExecutionException | TimeoutException ex) {
			return new State(target.size(), 0, -1);
		}
	}

	/**
	 * The consumers' state: how many of the topic's partitions they hold, and how many
	 * records they have still to apply (-1 when the broker cannot tell).
	 */
	record State(int partitions, int assigned, long behind) {

		boolean ready() {
			return this.assigned == this.partitions && this.behind == 0;
		}

		String describe() {
			if (this.assigned < this.partitions) {
				return "the web app's consumers to join (" + this.assigned + " of " + this.partitions
						+ " partitions assigned)";
			}
			return "the views to catch up (" + ((this.behind < 0) ? "unknown" : this.behind) + " events to apply)";
		}

	}

}
