package org.partnershipledger.events.model;

/** Why a service was assessed. */
public enum AssessmentTrigger {

	INITIAL, SCHEDULED, MATERIAL_CHANGE, BORDERLINE_FOLLOW_UP, AUDIT_REQUEST

}
