package org.partnershipledger.events.wire;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.partnershipledger.events.EventTypes;
import org.partnershipledger.events.PartnershipEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever type, revision and payload an envelope carries, reading its event gives the
 * event or an exception that says why not (an unknown type, no migration, a payload that
 * is no event of its type), never a {@code null} event or a bare
 * {@link NullPointerException}: every reader of stored and published envelopes (the
 * projection, the timeline, the exports) reads through here.
 */
class EventReadingPropertiesTest {

	@Property(tries = 500)
	void anEnvelopesEventIsReadOrRefusedWithAReason(@ForAll("types") String type, @ForAll("revisions") String revision,
			@ForAll("payloads") String payload) {
		JsonNode tree = (payload == null) ? null : LedgerJson.read(payload, JsonNode.class);
		EventEnvelope envelope = new EventEnvelope("e-1", type, revision, "p-1", 3, 30,
				Instant.parse("2025-09-10T11:00:00Z"), Instant.parse("2025-09-10T11:00:01Z"), null, null, null, null,
				tree, null, null);

		PartnershipEvent event;
		try {
			event = envelope.event();
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			assertThat(ex.getMessage()).isNotBlank();
			return;
		}
		assertThat(event).isNotNull();
	}

	@Provide
	Arbitrary<String> types() {
		List<String> names = new ArrayList<>(EventTypes.names());
		return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(names)),
				Tuple.of(1, Arbitraries.strings().ofMaxLength(20)), Tuple.of(1, Arbitraries.just(null)));
	}

	@Provide
	Arbitrary<String> revisions() {
		return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("1", "2")),
				Tuple.of(1, Arbitraries.of("0", "3", "-1", "", "01", "99999999999", "x")),
				Tuple.of(1, Arbitraries.just(null)));
	}

	@Provide
	Arbitrary<String> payloads() {
		Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12).map(LedgerJson::write),
				Arbitraries.of("0", "-1", "1.5", "1e400", "true", "null", "[]", "{}", "\"2025-09-10\"",
						"\"2025-09-10T11:00:00Z\"", "\"LEAD_PROVIDER\"", "[\"a\",null]", "\"p-1\""));
		Arbitrary<String> field = Arbitraries
			.of("partnershipId", "occurredAt", "reason", "reasons", "adaptationId", "title", "amount", "partyId",
					"roles", "organisation", "period", "x")
			.flatMap((name) -> value.map((json) -> LedgerJson.write(name) + ":" + json));
		Arbitrary<String> object = field.list().ofMaxSize(6).map((fields) -> "{" + String.join(",", fields) + "}");
		return Arbitraries.frequencyOf(Tuple.of(8, object), Tuple.of(1, value), Tuple.of(1, Arbitraries.just(null)))
			.map((json) -> (json == null) ? null
					: new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
	}

}
