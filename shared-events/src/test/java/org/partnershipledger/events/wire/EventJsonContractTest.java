package org.partnershipledger.events.wire;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.partnershipledger.events.EventTypes;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.health.RelationalHealthCheck;
import org.partnershipledger.events.health.RelationalHealthResult;
import org.partnershipledger.events.health.RelationalHealthRhc1;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.RuleSets;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON of every event type is a contract with every consumer of the topic: a golden
 * file per type pins it, so a change to an event's shape shows up here first.
 */
class EventJsonContractTest {

	static Stream<Class<?>> eventTypes() {
		return Arrays.stream(PartnershipEvent.class.getPermittedSubclasses());
	}

	@Test
	void everyEventTypeIsRegisteredOnce() {
		assertThat(EventTypes.names()).hasSize(PartnershipEvent.class.getPermittedSubclasses().length);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void everyEventTypeHasAWireNameARevisionAndAGoldenFile(Class<?> type) {
		String name = EventTypes.nameOf(type);

		assertThat(EventTypes.classOf(name)).contains(type.asSubclass(PartnershipEvent.class));
		assertThat(EventTypes.revisionOf(type)).isNotBlank();
		assertThat(getClass().getResource(goldenPath(name)))
			.as("golden file %s for %s", goldenPath(name), type.getSimpleName())
			.isNotNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void goldenFileReadsAsItsEventAndWritesBackTheSameJson(Class<?> type) throws IOException {
		JsonNode golden = golden(type);

		PartnershipEvent event = LedgerJson.read(golden, type.asSubclass(PartnershipEvent.class));

		JsonNode written = LedgerJson.mapper().readTree(LedgerJson.write(event));
		assertThat(written.equals(SAME_NUMBERS, golden)).as("written %s%nexpected %s", written, golden).isTrue();
	}

	/**
	 * Numbers equal by value: a golden file may say {@code 1.25E+7} or {@code 12500000};
	 * the ledger writes the plain form.
	 */
	private static final Comparator<JsonNode> SAME_NUMBERS = (a, b) -> {
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue());
		}
		return a.equals(b) ? 0 : 1;
	};

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void envelopeRoundTripGivesBackTheEvent(Class<?> type) throws IOException {
		PartnershipEvent event = LedgerJson.read(golden(type), type.asSubclass(PartnershipEvent.class));
		EventEnvelope envelope = EventEnvelope.of(event, "e-1", 3, 42, Instant.parse("2026-02-11T08:00:00Z"),
				new Actor("jo.bloggs", "Jo Bloggs", ActorRole.COMMISSIONER, "party-1"),
				new Authority(AuthorityType.CONTRACT_CLAUSE, "Clause 24.2"), "corr-1", "cause-1");

		EventEnvelope read = LedgerJson.read(LedgerJson.write(envelope), EventEnvelope.class);

		assertThat(read.type()).isEqualTo(EventTypes.nameOf(type));
		assertThat(read.partnershipId()).isEqualTo(event.partnershipId());
		assertThat(read.occurredAt()).isEqualTo(event.occurredAt());
		assertThat(read.actor()).isEqualTo(envelope.actor());
		assertThat(read.event()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(event);
	}

	@Test
	void goldenAssessmentHoldsWhatRuleSetRc1GivesForItsScores() throws IOException {
		ServiceCharacteristicsAssessed assessed = LedgerJson.read(golden(ServiceCharacteristicsAssessed.class),
				ServiceCharacteristicsAssessed.class);
		java.util.Map<Dimension, Integer> scores = new java.util.EnumMap<>(Dimension.class);
		assessed.scores().forEach((dimension, score) -> scores.put(dimension, score.score()));

		assertThat(RuleSets.current().recommend(assessed.moneyChangesHands(), scores))
			.isEqualTo(assessed.recommendation());
		assertThat(assessed.scores().values()).extracting(DimensionScore::isUnknown).contains(true);
	}

	@Test
	void goldenHeldReviewHoldsWhatRhc1GivesForItsRatings() throws IOException {
		ReviewPointHeld held = LedgerJson.read(golden(ReviewPointHeld.class), ReviewPointHeld.class);
		RelationalHealthCheck check = held.relationalHealth();

		RelationalHealthResult computed = RelationalHealthRhc1.score(check.ratings(), check.result().previousOverall());

		JsonNode computedJson = LedgerJson.mapper().valueToTree(computed);
		JsonNode recordedJson = LedgerJson.mapper().valueToTree(check.result());
		assertThat(computedJson).isEqualTo(recordedJson);
		assertThat(check.result().ruleVersion()).isEqualTo(RelationalHealthRhc1.VERSION);
	}

	private static JsonNode golden(Class<?> type) throws IOException {
		try (InputStream in = EventJsonContractTest.class.getResourceAsStream(goldenPath(EventTypes.nameOf(type)))) {
			assertThat(in).as("golden file for %s", type.getSimpleName()).isNotNull();
			return LedgerJson.mapper().readTree(in);
		}
	}

	private static String goldenPath(String wireName) {
		return "/golden/" + wireName + ".json";
	}

}
