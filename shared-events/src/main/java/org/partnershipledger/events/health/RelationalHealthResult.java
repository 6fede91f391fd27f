package org.partnershipledger.events.health;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a relational health check found, under the rule version that computed it: each
 * party's means, the overall mean (each party weighs the same), its RAG, the flags, and
 * the previous check's overall mean the decline was measured against ({@code null} for a
 * first check).
 */
public record RelationalHealthResult(String ruleVersion, List<PartyHealth> parties, BigDecimal overall, Rag rag,
		List<HealthFlag> flags, BigDecimal previousOverall) {

	public RelationalHealthResult {
		parties = (parties == null) ? List.of() : List.copyOf(parties);
		flags = (flags == null) ? List.of() : List.copyOf(flags);
		overall = RelationalHealthRhc1.twoDecimals(overall);
		previousOverall = RelationalHealthRhc1.twoDecimals(previousOverall);
	}

	/** Whether a flag of this kind was raised. */
	public boolean has(HealthFlagKind kind) {
		return this.flags.stream().anyMatch((flag) -> flag.kind() == kind);
	}

}
