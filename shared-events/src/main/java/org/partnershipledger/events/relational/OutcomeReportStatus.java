package org.partnershipledger.events.relational;

/**
 * Where an outcome report stands: only a VERIFIED report may be paid on; a SUPERSEDED one
 * was replaced by a correction and stays as it was reported.
 */
public enum OutcomeReportStatus {

	REPORTED, QUERIED, VERIFIED, SUPERSEDED;

	/** A report waiting for the commissioner's verification, queried or not. */
	public boolean verifiable() {
		return this == REPORTED || this == QUERIED;
	}

	/** A report not yet queried nor verified: the commissioner may query it, once. */
	public boolean queryable() {
		return this == REPORTED;
	}

	/** A report not yet replaced: its provider may correct it. */
	public boolean correctable() {
		return this != SUPERSEDED;
	}

}
