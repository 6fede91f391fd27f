package org.partnershipledger.events;

import org.partnershipledger.events.relational.AdaptationCategory;

/**
 * What must still be recorded before a model transition on a live partnership is in force
 * (DOMAIN.md §2.6), and which event records it: one rule for the aggregate and every
 * view.
 */
public enum TransitionPrerequisite {

	/**
	 * The contract varied (not a clerical correction) or a successor contract concluded.
	 */
	CONTRACT_VARIED_OR_SUCCESSOR("the contract varied, or a successor contract concluded"),
	/** The contract terminated or expired. */
	CONTRACT_ENDED("the contract ended"),
	/** An alignment instrument adopted. */
	INSTRUMENT_ADOPTED("an alignment instrument adopted"),
	/** The alignment instrument ended. */
	INSTRUMENT_ENDED("the alignment instrument ended"),
	/** A contract concluded. */
	CONTRACT_CONCLUDED("a contract concluded");

	private final String words;

	TransitionPrerequisite(String words) {
		this.words = words;
	}

	/** As people read it, e.g. "the contract ended". */
	public String words() {
		return this.words;
	}

	/** Whether the event records this prerequisite. */
	public boolean satisfiedBy(PartnershipEvent event) {
		return switch (this) {
			case CONTRACT_VARIED_OR_SUCCESSOR -> event instanceof ContractConcluded
					|| (event instanceof ContractVaried varied && varied.category() != AdaptationCategory.CORRECTION);
			case CONTRACT_ENDED -> event instanceof ContractTerminated;
			case INSTRUMENT_ADOPTED -> event instanceof AlignmentInstrumentAdopted;
			case INSTRUMENT_ENDED -> event instanceof AlignmentInstrumentEnded;
			case CONTRACT_CONCLUDED -> event instanceof ContractConcluded;
		};
	}

}
