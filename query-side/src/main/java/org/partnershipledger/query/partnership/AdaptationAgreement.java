package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.Approval;

/**
 * How an adaptation was agreed: by which governance body (under which version of the
 * governance), with whose approval, on what conditions and under what authority.
 *
 * @param decidedByBodyName the body's name in that governance version, if known
 */
public record AdaptationAgreement(String decidedByBodyId, String decidedByBodyName, List<Approval> approvals,
		List<String> conditions, int delegationVersion, Instant agreedAt, Actor actor, Authority authority) {

	public AdaptationAgreement {
		approvals = (approvals == null) ? List.of() : List.copyOf(approvals);
		conditions = (conditions == null) ? List.of() : List.copyOf(conditions);
	}

}
