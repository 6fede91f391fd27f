package org.partnershipledger.events.relational;

/**
 * A guiding principle (after Frydlinger and Hart); CUSTOM for one the parties phrase
 * themselves.
 */
public enum PrincipleCode {

	RECIPROCITY, AUTONOMY, HONESTY, LOYALTY, EQUITY, INTEGRITY, CUSTOM

}
