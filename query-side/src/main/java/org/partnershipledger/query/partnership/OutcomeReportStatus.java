package org.partnershipledger.query.partnership;

/**
 * Where an outcome report stands: only a VERIFIED report may be paid on; a SUPERSEDED one
 * was replaced by a correction and stays as it was reported.
 */
public enum OutcomeReportStatus {

	REPORTED, QUERIED, VERIFIED, SUPERSEDED

}
