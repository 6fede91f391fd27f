package org.partnershipledger.events.relational;

/** What a joint decision decides: one of the decisions DOMAIN.md marks J. */
public enum JointDecisionKind {

	SHARED_VISION("the shared vision"), GUIDING_PRINCIPLES("the guiding principles"),
	GOVERNANCE_ARRANGEMENTS("the governance arrangements"), ALIGNMENT_INSTRUMENT("the alignment instrument"),
	ADAPTATION_AGREEMENT("an adaptation's agreement"), DISPUTE_RESOLUTION("a dispute's resolution");

	private final String words;

	JointDecisionKind(String words) {
		this.words = words;
	}

	/** What it decides, in words, such as "the shared vision". */
	public String words() {
		return this.words;
	}

}
