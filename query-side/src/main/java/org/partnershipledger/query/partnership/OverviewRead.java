package org.partnershipledger.query.partnership;

/**
 * An overview as read for a person.
 *
 * @param stale whether the projection had not yet reached the version the reader asked
 * for
 */
public record OverviewRead(PartnershipOverview overview, boolean stale) {

}
