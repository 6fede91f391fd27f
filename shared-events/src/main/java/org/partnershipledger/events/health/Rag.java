package org.partnershipledger.events.health;

/** The overall state of the relationship at a glance. */
public enum Rag {

	GREEN, AMBER, RED

}
