package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.GuidingPrinciple;

/** One agreed version of the guiding principles, and who agreed it. */
public record GuidingPrinciples(int version, List<GuidingPrinciple> principles, List<String> agreedByPartyIds,
		Instant agreedAt, Instant recordedAt, Actor actor, Authority authority) {

	public GuidingPrinciples {
		principles = (principles == null) ? List.of() : List.copyOf(principles);
		agreedByPartyIds = (agreedByPartyIds == null) ? List.of() : List.copyOf(agreedByPartyIds);
	}

}
