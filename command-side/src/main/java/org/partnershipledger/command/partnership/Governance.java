package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The relational basis the parties agreed: the versions of the shared vision, guiding
 * principles and governance arrangements (each 0 until first agreed). A formal-relational
 * contract needs all three.
 */
record Governance(int visionVersion, int principlesVersion, List<GovernanceVersion> arrangements) {

	static final Governance NONE = new Governance(0, 0, List.of());

	Governance {
		arrangements = List.copyOf(arrangements);
	}

	Governance withVision(int version) {
		return new Governance(version, this.principlesVersion, this.arrangements);
	}

	Governance withPrinciples(int version) {
		return new Governance(this.visionVersion, version, this.arrangements);
	}

	Governance withArrangements(GovernanceVersion version) {
		List<GovernanceVersion> all = new ArrayList<>(this.arrangements);
		all.add(version);
		return new Governance(this.visionVersion, this.principlesVersion, all);
	}

	int arrangementsVersion() {
		return this.arrangements.size();
	}

	/**
	 * The arrangements in force at a moment: the latest version agreed at or before it
	 * (business dates may be back-dated, so not simply the last one recorded).
	 */
	Optional<GovernanceVersion> inForceAt(Instant moment) {
		return this.arrangements.stream()
			.filter((version) -> !version.agreedAt().isAfter(moment))
			.max(Comparator.comparing(GovernanceVersion::agreedAt).thenComparing(GovernanceVersion::version));
	}

	/** What is still to be agreed before a formal-relational contract, in words. */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (this.visionVersion == 0) {
			missing.add("a shared vision");
		}
		if (this.principlesVersion == 0) {
			missing.add("guiding principles");
		}
		if (this.arrangements.isEmpty()) {
			missing.add("governance arrangements");
		}
		return missing;
	}

}
