package org.partnershipledger.audit;

/**
 * One thing wrong with a history, named by partnership and sequence number, in plain
 * words.
 */
public record Discrepancy(String partnershipId, long sequenceNumber, DiscrepancyKind kind, String detail) {

}
