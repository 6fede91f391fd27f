package org.partnershipledger.events.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where in its life a partnership takes a kind of command: the one rule the command side
 * decides by and the pages offer by (each command names its stage in the route table).
 */
public enum LifeStage {

	/** Accountability: notices, audit findings and responses, even once closed. */
	ANY(EnumSet.allOf(PartnershipStatus.class), "a partnership in any state"),

	/** Set-up: parties, assessments, the model, until closed. */
	UNTIL_CLOSED(EnumSet.complementOf(EnumSet.of(PartnershipStatus.CLOSED)), "a partnership that is not CLOSED"),

	/** The contract or instrument that makes it ACTIVE: once the model is chosen. */
	MODEL_CHOSEN(EnumSet.of(PartnershipStatus.MODEL_CHOSEN),
			"a partnership whose model is chosen and that is not ACTIVE yet"),

	/**
	 * Vision, principles, governance and measures: from the model's choice while active.
	 */
	AGREEING(EnumSet.of(PartnershipStatus.MODEL_CHOSEN, PartnershipStatus.ACTIVE),
			"a partnership whose model is chosen, before its exit"),

	/** Review points: once the model is chosen, until closed. */
	CHOSEN_UNTIL_CLOSED(EnumSet.of(PartnershipStatus.MODEL_CHOSEN, PartnershipStatus.ACTIVE, PartnershipStatus.EXITING),
			"a partnership whose model is chosen and that is not CLOSED"),

	/** Adaptations, iterations and contract changes. */
	ACTIVE(EnumSet.of(PartnershipStatus.ACTIVE), "an ACTIVE partnership (a contract or alignment instrument)"),

	/** Reports, payments and disputes: while active and during the exit. */
	OPERATING(EnumSet.of(PartnershipStatus.ACTIVE, PartnershipStatus.EXITING), "an ACTIVE or EXITING partnership"),

	/** Closure: once exiting. */
	EXITING(EnumSet.of(PartnershipStatus.EXITING), "an EXITING partnership (its contract or instrument ended)");

	private final Set<PartnershipStatus> statuses;

	private final String needs;

	LifeStage(Set<PartnershipStatus> statuses, String needs) {
		this.statuses = statuses;
		this.needs = needs;
	}

	/** Whether a partnership in this status takes the command. */
	public boolean accepts(PartnershipStatus status) {
		return status != null && this.statuses.contains(status);
	}

	/** What the command needs, in words: "an ACTIVE partnership (…)". */
	public String needs() {
		return this.needs;
	}

}
