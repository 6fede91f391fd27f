package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.PartnershipStatus;

/**
 * A partnership's state as its events left it, read-only: what the decisions read.
 * {@link Partnership} is the one implementation; the collections are views in the order
 * the events added to them.
 */
interface PartnershipState {

	String partnershipId();

	PartnershipStatus status();

	Map<String, Party> parties();

	LatestAssessment latestAssessment();

	PartnershipModel chosenModel();

	PaymentMechanism paymentMechanism();

	/**
	 * What a model transition still waits for before the new model is in force; empty
	 * when none.
	 */
	List<TransitionPrerequisite> pendingTransition();

	String contractId();

	String instrumentId();

	Governance governance();

	Map<String, Measure> measures();

	Map<String, Adaptation> adaptations();

	Map<String, Iteration> iterations();

	Map<String, Review> reviews();

	/** The overall mean of the latest relational health check, for DECLINING. */
	BigDecimal latestHealthOverall();

	/** The contract as signed and as varied or extended since; null without one. */
	ContractTerms contract();

	/** The adaptations a recorded contract variation rests on. */
	Set<String> variedAdaptationIds();

	Set<String> variationIds();

	Map<String, OutcomeReport> outcomeReports();

	Map<String, Payment> payments();

	Map<String, Dispute> disputes();

	/** Each audit finding raised, and whether the commissioner responded. */
	Map<String, Boolean> auditFindings();

	/** The joint decisions proposed and waiting for confirmation, by id. */
	Map<String, PendingDecision> pendingDecisions();

	/** How many joint decisions were ever proposed. */
	int jointDecisionsProposed();

	/** No money changes hands: there is no contract and there are no payments. */
	default boolean isAlignment() {
		return chosenModel() == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT;
	}

}
