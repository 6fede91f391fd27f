package org.partnershipledger.events.relational;

/**
 * A published notice: Procurement Act 2023 notices (UK6 contract details, UK7 contract
 * details for light touch and others, UK9 contract performance, UK10 contract change,
 * UK11 contract termination), an OCDS release, or a voluntary publication.
 */
public enum TransparencyNoticeType {

	UK6, UK7, UK9, UK10, UK11, OCDS_RELEASE, VOLUNTARY

}
