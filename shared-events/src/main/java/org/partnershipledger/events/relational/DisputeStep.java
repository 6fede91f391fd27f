package org.partnershipledger.events.relational;

/** A step of the agreed dispute ladder, in escalation order. */
public enum DisputeStep {

	JOINT_WORKING_GROUP, SENIOR_LEADERS, MEDIATION, EXPERT_DETERMINATION, ADJUDICATION_OR_COURT

}
