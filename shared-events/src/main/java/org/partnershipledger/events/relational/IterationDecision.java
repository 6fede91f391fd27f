package org.partnershipledger.events.relational;

/** What the provider decided after an iteration. */
public enum IterationDecision {

	ADOPT, ADAPT, ABANDON, SCALE

}
