package org.partnershipledger.command.relay;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request cannot stop the ledger: a change whose event Kafka would not take is
 * refused before it is appended, with a problem naming the field, so nothing
 * unpublishable enters the append-only store and the relay keeps flowing. Every text and
 * list of a request is bounded (a 1.5 MB {@code authority.reference} is a 400, see
 * {@code OversizedCommandTest}), so the event here stays within those bounds and is too
 * large only as a whole: 150 references of 9,000 characters each.
 */
class OversizedEventTest extends CommandSideIntegrationTest {

	private static final Identity AUDITOR = new Identity("ada", "Ada Auditor", UserRole.AUDITOR,
			new Organisation("Audit Office", new OrganisationIdentifier("GB-GOR", "PB1234")));

	private static final String MANY_LONG_REFERENCES = IntStream.range(0, 150)
		.mapToObj((i) -> "\"" + String.valueOf((char) ('a' + i % 26)).repeat(9_000) + "\"")
		.collect(Collectors.joining(",", "[", "]"));

	@Test
	void anEventLargerThanARecordMayBeIsRefusedBeforeItIsStoredNamingTheField() {

		String partnership = registered();
		ResponseEntity<String> refused = post("/internal/v1/partnerships/" + partnership + "/audit-findings", AUDITOR,
				"""
						{"scope": "Contract variations", "asOf": "2025-12-31", "finding": "Too much to publish",
						 "severity": "LOW", "eventRefs": %s}
						""".formatted(MANY_LONG_REFERENCES));

		assertThat(refused.getStatusCode().value()).isEqualTo(413);
		JsonNode problem = json(refused);
		assertThat(problem.get("detail").asText()).contains("eventRefs", "Nothing was recorded");
		assertThat(problem.toString()).contains("\"field\":\"eventRefs[0]\"");
		assertThat(storedEventsOf(partnership)).isEqualTo(1);

		String next = registered();
		assertThat(topic().awaitRecords(next, 1, java.time.Duration.ofSeconds(30))).hasSize(1);
	}

}
