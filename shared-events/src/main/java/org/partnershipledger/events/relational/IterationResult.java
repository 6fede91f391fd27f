package org.partnershipledger.events.relational;

/** What an iteration showed about its hypothesis. */
public enum IterationResult {

	VALIDATED, INVALIDATED, INCONCLUSIVE

}
