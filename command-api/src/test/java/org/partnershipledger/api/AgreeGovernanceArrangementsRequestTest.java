package org.partnershipledger.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.GovernanceBody;
import org.partnershipledger.events.relational.GovernanceTier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Governance is checked field by field: bodies, delegations naming them, the ladder in
 * order.
 */
class AgreeGovernanceArrangementsRequestTest {

	private static final GovernanceBody BOARD = new GovernanceBody("board", "Partnership Board",
			GovernanceTier.STRATEGIC, List.of("party-1"), "Quarterly", "Strategy");

	private static List<String> fields(AgreeGovernanceArrangementsRequest request) {
		return request.problems(Clock.systemUTC()).stream().map(FieldProblem::field).toList();
	}

	private static Delegation delegation(String bodyId) {
		return new Delegation(bodyId, BigDecimal.TEN, BigDecimal.ONE, List.of(AdaptationCategory.SCOPE_CHANGE));
	}

	@Test
	void wellFormedGovernanceHasNoProblems() {
		assertThat(fields(new AgreeGovernanceArrangementsRequest(List.of(BOARD), List.of(delegation("board")),
				List.of(DisputeStep.JOINT_WORKING_GROUP, DisputeStep.MEDIATION), List.of("party-1"), null, null)))
			.isEmpty();
	}

	@Test
	void aDelegationToABodyNotListedIsReportedOnItsBodyId() {
		assertThat(fields(new AgreeGovernanceArrangementsRequest(List.of(BOARD), List.of(delegation("cabinet")),
				List.of(DisputeStep.JOINT_WORKING_GROUP), List.of("party-1"), null, null)))
			.containsExactly("delegations[0].bodyId");
	}

	@Test
	void aDisputeLadderOutOfOrderIsReported() {
		assertThat(fields(new AgreeGovernanceArrangementsRequest(List.of(BOARD), List.of(),
				List.of(DisputeStep.MEDIATION, DisputeStep.SENIOR_LEADERS), List.of("party-1"), null, null)))
			.containsExactly("disputeLadder");
	}

}
