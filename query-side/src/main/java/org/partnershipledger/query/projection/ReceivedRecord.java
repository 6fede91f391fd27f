package org.partnershipledger.query.projection;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import org.partnershipledger.events.wire.Topics;

/**
 * A Kafka record as received, kept so that a record that cannot be applied can be parked
 * exactly as it came.
 *
 * @param key the partnership id (the record key)
 * @param sequenceHeader the sequence number from the record's header, if it had one
 */
record ReceivedRecord(String topic, int partition, long offset, String key, Long sequenceHeader, String value) {

	static ReceivedRecord of(ConsumerRecord<String, String> record) {
		Header sequence = record.headers().lastHeader(Topics.HEADER_SEQUENCE_NUMBER);
		Long sequenceNumber = null;
		if (sequence != null && sequence.value() != null) {
			try {
				sequenceNumber = Long.valueOf(new String(sequence.value(), StandardCharsets.UTF_8).strip());
			}
			catch (NumberFormatException ex) {
				sequenceNumber = null;
			}
		}
		return new ReceivedRecord(record.topic(), record.partition(), record.offset(), record.key(), sequenceNumber,
				record.value());
	}

}
