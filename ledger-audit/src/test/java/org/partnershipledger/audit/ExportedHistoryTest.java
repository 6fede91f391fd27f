package org.partnershipledger.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportedHistoryTest {

	@Test
	void anEventNamingNoPartnershipIsReadAsUnreadable() throws IOException {
		List<StoredEvent> events = ExportedHistory
			.read(json("{\"events\":[{\"eventId\":\"e-1\",\"sequenceNumber\":0,\"type\":\"PartnershipRegistered\"}]}"));

		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.envelope()).isNull();
			assertThat(event.unreadable()).contains("names no partnership");
		});
		assertThat(ChainVerifier.verifyExport(events, null, null).discrepancies()).extracting(Discrepancy::kind)
			.containsExactly(DiscrepancyKind.UNREADABLE);
	}

	@Test
	void aCheckpointWithAHeadNamingNothingIsNoCheckpoint() {
		assertThatThrownBy(() -> ExportedHistory.readCheckpoint(json("{\"heads\":[{}]}")))
			.isInstanceOf(IOException.class);
		assertThatThrownBy(() -> ExportedHistory.readCheckpoint(json("null"))).isInstanceOf(IOException.class);
	}

	private static InputStream json(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
