package org.partnershipledger.command.partnership;

/**
 * Where an outcome report is: reported, queried, verified (payable), or superseded by a
 * correction.
 */
enum ReportStatus {

	REPORTED, QUERIED, VERIFIED, SUPERSEDED

}
