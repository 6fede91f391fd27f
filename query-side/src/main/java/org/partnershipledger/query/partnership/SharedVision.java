package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Authority;

/** One agreed version of the shared vision, and who agreed it. */
public record SharedVision(int version, String statement, List<String> agreedByPartyIds, Instant agreedAt,
		Instant recordedAt, Actor actor, Authority authority) {

	public SharedVision {
		agreedByPartyIds = (agreedByPartyIds == null) ? List.of() : List.copyOf(agreedByPartyIds);
	}

}
