package org.partnershipledger.audit;

/** The last link of one partnership's chain at the moment of a checkpoint. */
public record ChainHead(String partnershipId, long sequenceNumber, String eventId, String chainHash) {

}
