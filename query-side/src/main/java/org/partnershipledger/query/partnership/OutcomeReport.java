package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.relational.OutcomeReportStatus;

/**
 * An outcome a provider reported for its own party: an aggregate for a period. A
 * correction is a new report naming the one it corrects ({@code correctsReportId}); the
 * original is never edited, only marked SUPERSEDED with {@code supersededByReportId}.
 *
 * @param measureName the measure's name when the report was made, {@code null} if unknown
 */
public record OutcomeReport(String reportId, String providerPartyId, String providerPartyName, String measureId,
		String measureName, Period period, BigDecimal value, String cohortDescription, OutcomeReportStatus status,
		Instant reportedAt, Actor reportedBy, List<ReportQuery> queries, String verificationNotes, Instant verifiedAt,
		Actor verifiedBy, String correctsReportId, String correctionReason, String supersededByReportId) {

	public OutcomeReport {
		queries = (queries == null) ? List.of() : List.copyOf(queries);
	}

	OutcomeReport queried(ReportQuery query) {
		List<ReportQuery> all = new ArrayList<>(this.queries);
		all.add(query);
		return new OutcomeReport(this.reportId, this.providerPartyId, this.providerPartyName, this.measureId,
				this.measureName, this.period, this.value, this.cohortDescription, OutcomeReportStatus.QUERIED,
				this.reportedAt, this.reportedBy, all, this.verificationNotes, this.verifiedAt, this.verifiedBy,
				this.correctsReportId, this.correctionReason, this.supersededByReportId);
	}

	OutcomeReport verified(String notes, Instant at, Actor actor) {
		return new OutcomeReport(this.reportId, this.providerPartyId, this.providerPartyName, this.measureId,
				this.measureName, this.period, this.value, this.cohortDescription, OutcomeReportStatus.VERIFIED,
				this.reportedAt, this.reportedBy, this.queries, notes, at, actor, this.correctsReportId,
				this.correctionReason, this.supersededByReportId);
	}

	OutcomeReport supersededBy(String correctionId) {
		return new OutcomeReport(this.reportId, this.providerPartyId, this.providerPartyName, this.measureId,
				this.measureName, this.period, this.value, this.cohortDescription, OutcomeReportStatus.SUPERSEDED,
				this.reportedAt, this.reportedBy, this.queries, this.verificationNotes, this.verifiedAt,
				this.verifiedBy, this.correctsReportId, this.correctionReason, correctionId);
	}

}
