package org.partnershipledger.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.partnershipledger.events.model.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** Outcome reports carry aggregates only: what looks like personal data is refused. */
class ReportOutcomeRequestTest {

	private static ReportOutcomeRequest describing(String cohort) {
		return new ReportOutcomeRequest(null, "m-1", new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)),
				new BigDecimal("42"), cohort, null, null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "People housed 6 months, cohort 2025-Q3", "42 of 50 referred in Leeds North",
			"Cohort B (pseudonymous), 2025 2026" })
	void aggregateCohortDescriptionsHaveNoProblems(String cohort) {
		assertThat(describing(cohort).problems(Clock.systemUTC())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jo Smith, jo.smith@example.org", "NHS 943 476 5919", "Client AB123456C" })
	void whatLooksLikePersonalDataIsRefusedOnTheCohortDescription(String cohort) {
		assertThat(describing(cohort).problems(Clock.systemUTC())).singleElement()
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("cohortDescription"));
	}

}
