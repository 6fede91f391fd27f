package org.partnershipledger.query.partnership;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether the service should be assessed again, worked out when read (it depends on
 * today's date) by {@link ReassessmentRule}.
 *
 * @param due whether a reassessment is due today
 * @param dueOn when due, the earliest date it became due; when not due, the date it falls
 * due on time alone (a year, or six months after a borderline or imputed result);
 * {@code null} when the service has not been assessed or the partnership is closed
 * @param reasons why it is due, earliest first; empty when not due
 */
public record ReassessmentDue(boolean due, LocalDate dueOn, List<ReassessmentReason> reasons) {

	/** Nothing to reassess: not assessed yet, or closed. */
	public static final ReassessmentDue NOT_APPLICABLE = new ReassessmentDue(false, null, List.of());

	public ReassessmentDue {
		reasons = (reasons == null) ? List.of() : List.copyOf(reasons);
	}

	/** The reasons in one sentence, for a warning or a tag's title. */
	public String summary() {
		return String.join("; ", this.reasons.stream().map(ReassessmentReason::text).toList());
	}

}
