package org.partnershipledger.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.Period;

/**
 * {@code POST /api/v1/partnerships/{id}/outcome-reports}: a provider reports an outcome
 * for its own party. Aggregates or pseudonymous cohort counts only: a cohort description
 * that looks like personal data (an e-mail address, a long number such as an NHS number)
 * is refused.
 */
public record ReportOutcomeRequest(String providerPartyId, String measureId, Period period, BigDecimal value,
		String cohortDescription, Instant occurredAt, Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.measureId, "measureId")
			.required(this.period, "period")
			.required(this.value, "value")
			.required(this.cohortDescription, "cohortDescription")
			.maxLength(this.cohortDescription, 500, "cohortDescription")
			.check(this.value == null || this.value.signum() >= 0, "value",
					"An outcome value is a count or amount, not negative")
			.check(!PersonalData.looksLikeIt(this.cohortDescription), "cohortDescription", PersonalData.MESSAGE)
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
