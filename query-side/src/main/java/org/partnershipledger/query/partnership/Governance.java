package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.GovernanceBody;

/**
 * One agreed version of the governance arrangements: the joint bodies, what each may
 * agree on its own, and the dispute ladder.
 */
public record Governance(int version, List<GovernanceBody> bodies, List<Delegation> delegations,
		List<DisputeStep> disputeLadder, List<String> agreedByPartyIds, Instant agreedAt, Instant recordedAt,
		Actor actor, Authority authority) {

	public Governance {
		bodies = (bodies == null) ? List.of() : List.copyOf(bodies);
		delegations = (delegations == null) ? List.of() : List.copyOf(delegations);
		disputeLadder = (disputeLadder == null) ? List.of() : List.copyOf(disputeLadder);
		agreedByPartyIds = (agreedByPartyIds == null) ? List.of() : List.copyOf(agreedByPartyIds);
	}

	public Optional<GovernanceBody> body(String bodyId) {
		return this.bodies.stream().filter((body) -> body.bodyId().equals(bodyId)).findFirst();
	}

	/**
	 * The name of a body in the version of the governance that has it, {@code null} when
	 * none has it.
	 */
	static String bodyName(List<Governance> earlier, Governance current, int version, String bodyId) {
		List<Governance> all = new ArrayList<>(earlier);
		if (current != null) {
			all.add(current);
		}
		return all.stream()
			.filter((candidate) -> candidate.version() == version)
			.flatMap((candidate) -> candidate.body(bodyId).stream())
			.map(GovernanceBody::name)
			.findFirst()
			.orElse(null);
	}

	public Optional<Delegation> delegationOf(String bodyId) {
		return this.delegations.stream().filter((delegation) -> delegation.bodyId().equals(bodyId)).findFirst();
	}

}
