package org.partnershipledger.events.framework;

/**
 * How money flows: a second axis, independent of the partnership model. Outcomes-based
 * payment and social impact bonds are payment mechanisms, not a fourth model.
 */
public enum PaymentMechanism {

	FIXED_PRICE, UNIT_OR_ACTIVITY_PRICE, COST_REIMBURSEMENT_OPEN_BOOK, OUTCOMES_BASED, SOCIAL_IMPACT_BOND, GRANT,
	POOLED_OR_ALIGNED_BUDGET, NONE;

	/**
	 * Whether this mechanism can go with the model: alignment without a contract allows
	 * only no payment or a pooled or aligned budget; a social impact bond needs a
	 * contract model (and, checked elsewhere, a party with the INVESTOR role).
	 */
	public boolean isCompatibleWith(PartnershipModel model) {
		if (model == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT) {
			return this == NONE || this == POOLED_OR_ALIGNED_BUDGET;
		}
		return true;
	}

}
