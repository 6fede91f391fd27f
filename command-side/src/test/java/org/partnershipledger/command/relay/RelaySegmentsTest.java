package org.partnershipledger.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.TopicOrderCheck;
import org.partnershipledger.command.TopicTail;

/**
 * A relay on fewer segments than configured (a store from before it had four) is split
 * back to four, and relays on.
 */
class RelaySegmentsTest extends CommandSideIntegrationTest {

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private RelaySegments segments;

	@Test
	void aRelayOnFewerSegmentsIsSplitToTheConfiguredNumber() throws InterruptedException {
		StreamingEventProcessor relay = this.processing
			.eventProcessor(PartnershipEventRelay.PROCESSING_GROUP, StreamingEventProcessor.class)
			.orElseThrow();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> relay.processingStatus().size() == 4);
		assertThat(relay.mergeSegment(0).join()).isTrue();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> relay.processingStatus().size() == 3);
		assertThat(segmentsInTheTokenStore()).isEqualTo(3);

		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.segments.splitOnce();
			return segmentsInTheTokenStore() == 4;
		});
		assertThat(this.segments.splitOnce()).isFalse();

		try (TopicTail tail = tail()) {
			String id = registered();
			System.out.println("Relay split back to four segments: "
					+ TopicOrderCheck.verify(this.jdbc, tail, List.of(id), Duration.ofSeconds(30)));
		}
	}

	private int segmentsInTheTokenStore() {
		return this.jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = 'kafka-relay'")
			.query(Integer.class)
			.single();
	}

}
