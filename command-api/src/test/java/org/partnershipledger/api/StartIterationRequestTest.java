package org.partnershipledger.api;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A hypothesis follows the template, or the provider is shown the template. */
class StartIterationRequestTest {

	private static StartIterationRequest withHypothesis(String hypothesis) {
		return new StartIterationRequest(null, "Evening sessions", hypothesis, "Move a session", "Central hub", null,
				LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), true, null, null, null);
	}

	@Test
	void aHypothesisFollowingTheTemplateInAnyCaseHasNoProblems() {
		assertThat(withHypothesis("WE BELIEVE evening sessions for workers will achieve more visits; "
				+ "We will know when visits move by 10% within 8 weeks")
			.problems(Clock.systemUTC())).isEmpty();
	}

	@Test
	void aHypothesisNotFollowingTheTemplateIsReportedOnHypothesisWithTheTemplate() {
		assertThat(withHypothesis("Evenings are better").problems(Clock.systemUTC())).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.field()).isEqualTo("hypothesis");
				assertThat(problem.message()).contains("We believe [change] for [cohort] will achieve [effect]");
			});
	}

}
