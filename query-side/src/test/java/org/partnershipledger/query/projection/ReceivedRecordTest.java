package org.partnershipledger.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import org.partnershipledger.events.wire.Topics;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedRecordTest {

	@Test
	void aSequenceHeaderWithoutAValueIsNoSequence() {
		// Kafka lets a producer send a header with no value; reading it must not fail,
		// or neither the listener nor its error handler could park the record
		ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.PARTNERSHIP_EVENTS, 0, 7, "p-1", "{}");
		record.headers().add(new RecordHeader(Topics.HEADER_SEQUENCE_NUMBER, null));

		ReceivedRecord received = ReceivedRecord.of(record);

		assertThat(received.sequenceHeader()).isNull();
		assertThat(received.key()).isEqualTo("p-1");
	}

	@Test
	void aSequenceHeaderThatIsNoNumberIsNoSequence() {
		ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.PARTNERSHIP_EVENTS, 0, 7, "p-1", "{}");
		record.headers().add(new RecordHeader(Topics.HEADER_SEQUENCE_NUMBER, "seven".getBytes()));

		assertThat(ReceivedRecord.of(record).sequenceHeader()).isNull();
	}

}
