package org.partnershipledger.events.model;

/** The role in which someone acted on a partnership. ADMIN never acts on partnerships. */
public enum ActorRole {

	COMMISSIONER, PROVIDER, AUDITOR, SYSTEM

}
