package org.partnershipledger.events.health;

import java.util.List;

/**
 * One flag and what raised it: the item ({@code null} for DECLINING) and the parties (for
 * LOW_ITEM those at or below the mark; for PERCEPTION_GAP the highest and the lowest;
 * none for DECLINING).
 */
public record HealthFlag(HealthFlagKind kind, HealthItem item, List<String> partyIds) {

	public HealthFlag {
		partyIds = (partyIds == null) ? List.of() : List.copyOf(partyIds);
	}

}
