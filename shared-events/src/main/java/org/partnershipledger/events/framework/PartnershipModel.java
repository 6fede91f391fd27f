package org.partnershipledger.events.framework;

/** The three partnership models on the framework's spectrum. */
public enum PartnershipModel {

	TRANSACTIONAL_CONTRACT("tightly specified transactional contract"),
	FORMAL_RELATIONAL_CONTRACT("formal-relational contract"),
	ALIGNMENT_WITHOUT_CONTRACT("alignment without a contract");

	private final String label;

	PartnershipModel(String label) {
		this.label = label;
	}

	/** Plain words for the model, as used in rationales and on pages. */
	public String label() {
		return this.label;
	}

	public boolean isContract() {
		return this != ALIGNMENT_WITHOUT_CONTRACT;
	}

}
