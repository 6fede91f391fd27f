package org.partnershipledger.command.partnership;

/** A defined outcome measure: its id and name, for references and messages. */
record Measure(String measureId, String name) {

}
