package org.partnershipledger.events.framework;

import java.util.List;
import java.util.Optional;

/**
 * The rule sets the product knows. New assessments use {@link #current()}; stored
 * recommendations keep the version that produced them, so history can be compared with a
 * later rule set without being rewritten.
 */
public final class RuleSets {

	private static final RuleSet RC_1 = new RuleSetRc1();

	private static final List<RuleSet> ALL = List.of(RC_1);

	private RuleSets() {
	}

	/** The rule set new assessments are recommended with. */
	public static RuleSet current() {
		return RC_1;
	}

	/** The rule set of a version such as {@code RC-1}, if the product knows it. */
	public static Optional<RuleSet> byVersion(String version) {
		return ALL.stream().filter((ruleSet) -> ruleSet.version().equals(version)).findFirst();
	}

	/** Every known rule set, oldest first. */
	public static List<RuleSet> all() {
		return ALL;
	}

}
