package org.partnershipledger.events.framework;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One dimension's score (1 to 5, or {@code null} when unknown) and the evidence for it.
 * The rules on values are checked by
 * {@code AssessServiceCharacteristicsRequest#problems()}, so that bad input is reported
 * field by field rather than thrown.
 */
public record DimensionScore(Integer score, String evidence) {

	@JsonIgnore
	public boolean isUnknown() {
		return this.score == null;
	}

}
