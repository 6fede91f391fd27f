package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.GovernanceBody;

/**
 * One agreed version of the governance arrangements, in force from {@code agreedAt}: its
 * bodies and what each may agree on its own.
 */
record GovernanceVersion(int version, Instant agreedAt, List<GovernanceBody> bodies, List<Delegation> delegations,
		List<DisputeStep> disputeLadder) {

	GovernanceVersion {
		bodies = List.copyOf(bodies);
		delegations = List.copyOf(delegations);
		disputeLadder = (disputeLadder == null) ? List.of() : List.copyOf(disputeLadder);
	}

	GovernanceVersion(int version, Instant agreedAt, List<GovernanceBody> bodies, List<Delegation> delegations) {
		this(version, agreedAt, bodies, delegations, List.of());
	}

	/**
	 * The first step of the agreed ladder after {@code current}; the first step when none
	 * yet.
	 */
	Optional<DisputeStep> nextDisputeStep(DisputeStep current) {
		return this.disputeLadder.stream()
			.filter((step) -> current == null || step.ordinal() > current.ordinal())
			.findFirst();
	}

	/** The agreed dispute ladder in words, for messages. */
	String ladderInWords() {
		return this.disputeLadder.isEmpty() ? "(no steps)"
				: this.disputeLadder.stream().map(DisputeStep::name).collect(Collectors.joining(" → "));
	}

	Optional<GovernanceBody> body(String bodyId) {
		return this.bodies.stream().filter((body) -> body.bodyId().equals(bodyId)).findFirst();
	}

	/**
	 * Why the body may not agree the adaptation on its own, each reason naming the
	 * delegation; empty when it is within the delegation.
	 */
	List<String> beyondDelegation(GovernanceBody body, Adaptation adaptation) {
		String prefix = "beyond the delegation of " + body.name() + ": ";
		Optional<Delegation> found = this.delegations.stream()
			.filter((delegation) -> delegation.bodyId().equals(body.bodyId()))
			.findFirst();
		if (found.isEmpty()) {
			return List.of(prefix + "it has no delegation in governance version " + this.version);
		}
		Delegation delegation = found.get();
		List<String> reasons = new ArrayList<>();
		if (!delegation.allowedCategories().contains(adaptation.category())) {
			reasons.add(prefix + "category " + adaptation.category() + " is not one it may agree (it may agree "
					+ delegation.allowedCategories() + ")");
		}
		if (adaptation.valueChangePct().abs().compareTo(delegation.maxValueChangePct()) > 0) {
			reasons.add(prefix + "value change " + percent(adaptation.valueChangePct()) + " exceeds its limit of "
					+ percent(delegation.maxValueChangePct()));
		}
		if (adaptation.termChangePct().abs().compareTo(delegation.maxTermChangePct()) > 0) {
			reasons.add(prefix + "term change " + percent(adaptation.termChangePct()) + " exceeds its limit of "
					+ percent(delegation.maxTermChangePct()));
		}
		return reasons;
	}

	static String percent(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString() + "%";
	}

}
