package org.partnershipledger.events.wire;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.EventTypes;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartyLeft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Historical payloads: a golden file of an older revision
 * ({@code golden/<Type>.r<n>.json}) reads as the same event as the current golden file,
 * through {@link EventMigrations}.
 */
class EventMigrationsTest {

	@Test
	void aRevisionOneRejectionReadsAsTheSameEventAsARevisionTwoOne() throws IOException {
		JsonNode r1 = golden("AdaptationRejected.r1.json");
		JsonNode r2 = golden("AdaptationRejected.json");

		PartnershipEvent fromR1 = envelope("AdaptationRejected", "1", r1).event();
		PartnershipEvent fromR2 = envelope("AdaptationRejected", "2", r2).event();

		assertThat(fromR1).isEqualTo(fromR2);
		assertThat(((AdaptationRejected) fromR1).reason())
			.isEqualTo("The budget cannot absorb a second outreach team this year");
	}

	@Test
	void aPartyThatLeftBeforeRevisionTwoLeftNoJointDecisionLapsed() throws IOException {
		PartyLeft fromR1 = (PartyLeft) envelope("PartyLeft", "1", golden("PartyLeft.r1.json")).event();
		PartyLeft fromR2 = (PartyLeft) envelope("PartyLeft", "2", golden("PartyLeft.json")).event();

		assertThat(fromR1.lapsedJointDecisionIds()).isEmpty();
		assertThat(fromR2.lapsedJointDecisionIds()).containsExactly("jd-7");
		assertThat(fromR1).isEqualTo(new PartyLeft(fromR2.partnershipId(), fromR2.partyId(), fromR2.reason(),
				fromR2.partyChangeAdaptationId(), fromR2.backdatingReason(), List.of(), fromR2.occurredAt()));
	}

	@Test
	void theMigrationRenamesTheFieldAndLeavesTheStoredJsonAsItWas() throws IOException {
		JsonNode r1 = golden("AdaptationRejected.r1.json");
		JsonNode before = r1.deepCopy();

		JsonNode migrated = EventMigrations.toCurrent("AdaptationRejected", "1", r1);

		assertThat(migrated).isEqualTo(golden("AdaptationRejected.json"));
		assertThat(r1).isEqualTo(before);
	}

	@Test
	void aPayloadAtTheCurrentRevisionIsReadAsItIs() throws IOException {
		JsonNode r2 = golden("AdaptationRejected.json");

		assertThat(EventMigrations.toCurrent("AdaptationRejected", "2", r2)).isSameAs(r2);
		assertThat(EventMigrations.isOutdated("AdaptationRejected", "2")).isFalse();
		assertThat(EventMigrations.isOutdated("AdaptationRejected", "1")).isTrue();
		assertThat(EventMigrations.isOutdated("NotAnEvent", "1")).isFalse();
	}

	@Test
	void aRevisionWithoutAMigrationIsRefusedNamingBothRevisions() throws IOException {
		JsonNode r2 = golden("AdaptationRejected.json");

		assertThatIllegalArgumentException().isThrownBy(() -> envelope("AdaptationRejected", "3", r2).event())
			.withMessage("No migration from revision 3 to 2 of AdaptationRejected");
		assertThatIllegalArgumentException().isThrownBy(() -> EventMigrations.toCurrent("PaymentScheduled", "0", r2))
			.withMessageContaining("No migration from revision 0 to 1 of PaymentScheduled");
	}

	@Test
	void theChangesOfEachLaterRevisionAreNamedForReadersOfTheTopic() {
		assertThat(EventMigrations.changesOf("AdaptationRejected"))
			.containsExactly("revision 2: the field `reasons` is named `reason`, as on AdaptationWithdrawn");
		assertThat(EventMigrations.changesOf("PaymentScheduled")).isEmpty();
	}

	@Test
	void everyEventsCurrentRevisionIsANumberSoThatStepsCanCountUpToIt() {
		EventTypes.names()
			.forEach((name) -> assertThat(EventTypes.revisionOf(EventTypes.classOf(name).orElseThrow())).as(name)
				.matches("[1-9][0-9]*"));
	}

	private static EventEnvelope envelope(String type, String revision, JsonNode payload) {
		return new EventEnvelope("e-1", type, revision, "p-1a2b", 7, 70, Instant.parse("2025-09-10T11:00:00Z"),
				Instant.parse("2025-09-10T11:00:01Z"), null, null, null, null, payload, null, null);
	}

	private static JsonNode golden(String file) throws IOException {
		try (InputStream in = EventMigrationsTest.class.getResourceAsStream("/golden/" + file)) {
			assertThat(in).as(file).isNotNull();
			return LedgerJson.mapper().readTree(in);
		}
	}

}
