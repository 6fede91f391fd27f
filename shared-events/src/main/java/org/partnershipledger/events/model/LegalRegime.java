package org.partnershipledger.events.model;

/** The legal regime under which the partnership is formed. */
public enum LegalRegime {

	PA2023_PUBLIC_CONTRACT, PA2023_LIGHT_TOUCH, PA2023_BELOW_THRESHOLD, PCR2015_LEGACY, PSR2023_HEALTHCARE, GRANT,
	NON_CONTRACTUAL

}
