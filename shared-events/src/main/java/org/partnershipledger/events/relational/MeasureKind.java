package org.partnershipledger.events.relational;

/** What an outcome measure measures. */
public enum MeasureKind {

	OUTCOME, OUTPUT, KPI, RELATIONAL, LEARNING

}
