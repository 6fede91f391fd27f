package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.JointDecisionKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A joint decision's proposal carries exactly one decision, and says what it is. */
class JointDecisionProposedTest {

	private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

	@Test
	void itCarriesExactlyOneDecision() {
		SharedVisionAgreed vision = new SharedVisionAgreed("p", 1, "Homes for all", List.of("a", "b"), AT);
		DisputeResolved resolved = new DisputeResolved("p", "d", List.of("a", "b"), "Settled", AT);

		assertThatIllegalArgumentException().isThrownBy(() -> new JointDecisionProposed("p", "jd-1", List.of("a", "b"),
				"a", null, null, null, null, null, null, AT));
		assertThatIllegalArgumentException().isThrownBy(() -> new JointDecisionProposed("p", "jd-1", List.of("a", "b"),
				"a", vision, null, null, null, null, resolved, AT));
		JointDecisionProposed proposed = new JointDecisionProposed("p", "jd-1", List.of("a", "b"), "a", vision, null,
				null, null, null, null, AT);
		assertThat(proposed.proposal()).isSameAs(vision);
		assertThat(proposed.kind()).isEqualTo(JointDecisionKind.SHARED_VISION);
	}

	@Test
	void theProposersCommentIsItsOwnApprovalsAndMayBeNone() {
		assertThat(agreement(new Approval("a", "Agreed at the board"), new Approval("b", null)).proposersComment())
			.isEqualTo("Agreed at the board");
		assertThat(agreement(new Approval("a", null), new Approval("b", "Not the proposer's")).proposersComment())
			.isNull();
		assertThat(agreement(new Approval("b", "Only the other party's")).proposersComment()).isNull();
	}

	private static JointDecisionProposed agreement(Approval... approvals) {
		AdaptationAgreed agreed = new AdaptationAgreed("p", "ad-1", "board", List.of(approvals), List.of(), 1, null,
				AT);
		JointDecisionProposed proposed = new JointDecisionProposed("p", "jd-1", List.of("a", "b"), "a", null, null,
				null, null, agreed, null, AT);
		assertThat(proposed.kind()).isEqualTo(JointDecisionKind.ADAPTATION_AGREEMENT);
		return proposed;
	}

}
