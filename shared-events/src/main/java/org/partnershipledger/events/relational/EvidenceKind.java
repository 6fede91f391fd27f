package org.partnershipledger.events.relational;

/** The kind of evidence an iteration's result rests on. */
public enum EvidenceKind {

	QUANTITATIVE, QUALITATIVE, USER_FEEDBACK, STAFF_FEEDBACK

}
