package org.partnershipledger.query.partnership;

import java.time.LocalDate;

/**
 * One reason a reassessment of the service is due (DOMAIN.md §2.5).
 *
 * @param code a stable code: {@code ANNUAL}, {@code BORDERLINE_OR_IMPUTED},
 * {@code ADAPTATIONS_AGREED}, {@code PARTY_CHANGE}, {@code VALUE_CHANGE},
 * {@code TERM_CHANGE} or {@code DISPUTE_ESCALATED}
 * @param text the reason in plain English
 * @param since the business date from which this reason makes a reassessment due
 */
public record ReassessmentReason(String code, String text, LocalDate since) {

	public static final String ANNUAL = "ANNUAL";

	public static final String BORDERLINE_OR_IMPUTED = "BORDERLINE_OR_IMPUTED";

	public static final String ADAPTATIONS_AGREED = "ADAPTATIONS_AGREED";

	public static final String PARTY_CHANGE = "PARTY_CHANGE";

	public static final String VALUE_CHANGE = "VALUE_CHANGE";

	public static final String TERM_CHANGE = "TERM_CHANGE";

	/** A dispute escalated past the joint working group since the latest assessment. */
	public static final String DISPUTE_ESCALATED = "DISPUTE_ESCALATED";

}
