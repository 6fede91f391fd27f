package org.partnershipledger.query.rebuild;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.partnershipledger.query.audit.Forwarded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rebuild records of the command side's answer to its request for a checkpoint.
 */
class RebuildCheckpointTest {

	@Test
	void aCheckpointTakenIsNamedByItsDateAndDigest() {
		RebuildCheckpoint checkpoint = RebuildCheckpoint
			.of(new Forwarded(201, "{\"createdAt\": \"2026-04-01T10:00:00Z\", \"digest\": \"ab12\", \"heads\": []}"));

		assertThat(checkpoint).isEqualTo(new RebuildCheckpoint(Instant.parse("2026-04-01T10:00:00Z"), "ab12", null));
		assertThat(checkpoint.taken()).isTrue();
	}

	@Test
	void aRefusalIsRecordedWithTheCommandSidesReason() {
		RebuildCheckpoint checkpoint = RebuildCheckpoint.of(new Forwarded(409, """
				{"type": "urn:partnership-ledger:problem:history-rewritten", "title": "The history was rewritten",
				"status": 409, "detail": "partnership p-1 at sequence 3 is gone"}"""));

		assertThat(checkpoint.taken()).isFalse();
		assertThat(checkpoint.createdAt()).isNull();
		assertThat(checkpoint.problem()).isEqualTo("partnership p-1 at sequence 3 is gone");
	}

	@Test
	void anAnswerNamingNoCheckpointIsNoCheckpoint() {
		RebuildCheckpoint checkpoint = RebuildCheckpoint.of(new Forwarded(200, "{}"));

		assertThat(checkpoint.taken()).isFalse();
		assertThat(checkpoint.problem()).contains("names no checkpoint");
	}

}
