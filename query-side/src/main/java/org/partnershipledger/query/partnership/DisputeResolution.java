package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Actor;

/** How a dispute was resolved, agreed by every party to it. */
public record DisputeResolution(List<String> agreedByPartyIds, String resolution, Instant resolvedAt, Actor actor) {

	public DisputeResolution {
		agreedByPartyIds = (agreedByPartyIds == null) ? List.of() : List.copyOf(agreedByPartyIds);
	}

}
