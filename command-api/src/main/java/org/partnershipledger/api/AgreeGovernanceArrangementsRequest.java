package org.partnershipledger.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.GovernanceBody;

/**
 * {@code POST /api/v1/partnerships/{id}/governance}: the commissioner proposes the
 * governance: bodies (with ids the parties choose), what each may agree on its own, and
 * the dispute ladder in escalation order; a joint decision, as the vision's
 * ({@code agreedByPartyIds} likewise).
 */
public record AgreeGovernanceArrangementsRequest(List<GovernanceBody> bodies, List<Delegation> delegations,
		List<DisputeStep> disputeLadder, List<String> agreedByPartyIds, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public AgreeGovernanceArrangementsRequest {
		bodies = (bodies == null) ? null : List.copyOf(bodies);
		delegations = (delegations == null) ? List.of() : List.copyOf(delegations);
		disputeLadder = (disputeLadder == null) ? null : List.copyOf(disputeLadder);
		agreedByPartyIds = (agreedByPartyIds == null) ? List.of() : List.copyOf(agreedByPartyIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		Problems problems = new Problems().required(this.bodies, "bodies")
			.noEmptyValues(this.bodies, "bodies")
			.noEmptyValues(this.delegations, "delegations")
			.required(this.disputeLadder, "disputeLadder")
			.noEmptyValues(this.disputeLadder, "disputeLadder")
			.noEmptyValues(this.agreedByPartyIds, "agreedByPartyIds")
			.notInFuture(this.occurredAt, clock);
		Set<String> bodyIds = new HashSet<>();
		if (this.bodies != null) {
			for (int i = 0; i < this.bodies.size(); i++) {
				GovernanceBody body = this.bodies.get(i);
				if (body == null) {
					continue;
				}
				String field = "bodies[" + i + "]";
				problems.required(body.bodyId(), field + ".bodyId")
					.check(body.bodyId() == null || bodyIds.add(body.bodyId()), field + ".bodyId",
							"Each body needs its own id; " + body.bodyId() + " is used twice")
					.required(body.name(), field + ".name")
					.maxLength(body.name(), 200, field + ".name")
					.required(body.tier(), field + ".tier")
					.required(body.memberPartyIds(), field + ".memberPartyIds")
					.noEmptyValues(body.memberPartyIds(), field + ".memberPartyIds");
			}
		}
		for (int i = 0; i < this.delegations.size(); i++) {
			Delegation delegation = this.delegations.get(i);
			if (delegation == null) {
				continue;
			}
			String field = "delegations[" + i + "]";
			problems.required(delegation.bodyId(), field + ".bodyId")
				.check(delegation.bodyId() == null || bodyIds.contains(delegation.bodyId()), field + ".bodyId",
						"A delegation must name one of the bodies above")
				.required(delegation.maxValueChangePct(), field + ".maxValueChangePct")
				.check(notNegative(delegation.maxValueChangePct()), field + ".maxValueChangePct",
						"The limit is a percentage of zero or more")
				.required(delegation.maxTermChangePct(), field + ".maxTermChangePct")
				.check(notNegative(delegation.maxTermChangePct()), field + ".maxTermChangePct",
						"The limit is a percentage of zero or more")
				.required(delegation.allowedCategories(), field + ".allowedCategories")
				.noEmptyValues(delegation.allowedCategories(), field + ".allowedCategories");
		}
		if (this.disputeLadder != null && this.disputeLadder.stream().noneMatch(java.util.Objects::isNull)) {
			boolean ascending = true;
			for (int i = 1; i < this.disputeLadder.size(); i++) {
				ascending &= this.disputeLadder.get(i).ordinal() > this.disputeLadder.get(i - 1).ordinal();
			}
			problems.check(ascending, "disputeLadder",
					"List the dispute steps once each, in escalation order: joint working group, senior leaders, "
							+ "mediation, expert determination, adjudication or court");
		}
		return problems.list();
	}

	private static boolean notNegative(BigDecimal value) {
		return value == null || value.signum() >= 0;
	}

}
