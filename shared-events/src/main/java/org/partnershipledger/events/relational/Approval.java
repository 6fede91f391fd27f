package org.partnershipledger.events.relational;

/** One party's approval of an adaptation, with its comment (optional). */
public record Approval(String partyId, String comment) {

}
