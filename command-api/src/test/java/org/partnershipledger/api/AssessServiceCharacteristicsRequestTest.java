package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.model.AssessmentTrigger;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad assessments are reported field by field, with the path the client sent. */
class AssessServiceCharacteristicsRequestTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

	private static final String EVIDENCE = "Needs analysis of 2025, section 4";

	@Test
	void wellFormedAssessmentHasNoProblems() {
		assertThat(request(scores()).problems(CLOCK)).isEmpty();
	}

	@Test
	void scoreOfZeroIsReportedOnItsScoreField() {
		Map<Dimension, DimensionScore> scores = scores();
		scores.put(Dimension.SPECIFIABILITY, new DimensionScore(0, EVIDENCE));

		assertThat(fields(request(scores))).containsExactly("scores.SPECIFIABILITY.score");
	}

	@Test
	void scoreOfSixIsReportedOnItsScoreField() {
		Map<Dimension, DimensionScore> scores = scores();
		scores.put(Dimension.LOCK_IN, new DimensionScore(6, EVIDENCE));

		assertThat(fields(request(scores))).containsExactly("scores.LOCK_IN.score");
	}

	@Test
	void evidenceShorterThanTwentyCharactersIsReportedOnItsEvidenceField() {
		Map<Dimension, DimensionScore> scores = scores();
		scores.put(Dimension.UNCERTAINTY, new DimensionScore(3, "too short to trust"));

		assertThat(fields(request(scores))).containsExactly("scores.UNCERTAINTY.evidence");
	}

	@Test
	void missingDimensionIsReportedOnTheDimension() {
		Map<Dimension, DimensionScore> scores = scores();
		scores.remove(Dimension.DURATION_FREQUENCY);

		assertThat(fields(request(scores))).containsExactly("scores.DURATION_FREQUENCY");
	}

	@Test
	void threeUnknownScoresAreReportedOnTheScores() {
		Map<Dimension, DimensionScore> scores = scores();
		scores.put(Dimension.LEARNING_NEED, new DimensionScore(null, "No evaluation of the pilot exists yet"));
		scores.put(Dimension.LOCK_IN, new DimensionScore(null, "Market engagement has not happened yet"));
		scores.put(Dimension.INTERDEPENDENCE, new DimensionScore(null, "The provider network is still forming"));

		assertThat(fields(request(scores))).containsExactly("scores");
	}

	@Test
	void twoUnknownScoresWithReasonsAreAccepted() {
		Map<Dimension, DimensionScore> scores = scores();
		scores.put(Dimension.LEARNING_NEED, new DimensionScore(null, "No evaluation of the pilot exists yet"));
		scores.put(Dimension.LOCK_IN, new DimensionScore(null, "Market engagement has not happened yet"));

		assertThat(request(scores).problems(CLOCK)).isEmpty();
	}

	@Test
	void noScoresAtAllIsReportedOnTheScores() {
		assertThat(fields(request(null))).containsExactly("scores");
	}

	private static List<String> fields(AssessServiceCharacteristicsRequest request) {
		return request.problems(CLOCK).stream().map(FieldProblem::field).toList();
	}

	private static AssessServiceCharacteristicsRequest request(Map<Dimension, DimensionScore> scores) {
		return new AssessServiceCharacteristicsRequest(AssessmentTrigger.INITIAL, true, true, scores, List.of(),
				Instant.parse("2026-02-01T09:00:00Z"), null);
	}

	private static Map<Dimension, DimensionScore> scores() {
		Map<Dimension, DimensionScore> scores = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			scores.put(dimension, new DimensionScore(3, EVIDENCE));
		}
		return scores;
	}

}
