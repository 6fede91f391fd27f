package org.partnershipledger.query.timeline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.partnershipledger.events.relational.GovernanceBody;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.Iteration;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Party;
import org.partnershipledger.query.partnership.Review;

/**
 * What the summaries call parties, adaptations, iterations, governance bodies, reviews,
 * measures, outcome reports, payments, disputes and audit findings: their names where the
 * overview knows them, else their ids.
 */
public interface SummaryNames {

	/** Names everything by its id. */
	SummaryNames IDS = new SummaryNames() {
	};

	default String party(String partyId) {
		return partyId;
	}

	default String adaptation(String adaptationId) {
		return "adaptation " + adaptationId;
	}

	default String iteration(String iterationId) {
		return "iteration " + iterationId;
	}

	default String body(String bodyId) {
		return bodyId;
	}

	default String review(String reviewId) {
		return "review " + reviewId;
	}

	default String measure(String measureId) {
		return "measure " + measureId;
	}

	default String report(String reportId) {
		return "outcome report " + reportId;
	}

	default String payment(String paymentId) {
		return "payment " + paymentId;
	}

	default String dispute(String disputeId) {
		return "dispute " + disputeId;
	}

	default String finding(String findingId) {
		return "audit finding " + findingId;
	}

	private static LocalDate firstDueDate(Review review) {
		return review.reschedulings().isEmpty() ? review.dueDate() : review.reschedulings().get(0).fromDueDate();
	}

	/** The names the overview knows (the current governance for bodies). */
	static SummaryNames of(PartnershipOverview overview) {
		return new SummaryNames() {

			@Override
			public String party(String partyId) {
				return overview.party(partyId).map(Party::name).orElse(partyId);
			}

			@Override
			public String adaptation(String adaptationId) {
				return overview.adaptation(adaptationId)
					.map(Adaptation::title)
					.map((title) -> "the adaptation \u201c" + title + "\u201d")
					.orElse("adaptation " + adaptationId);
			}

			@Override
			public String iteration(String iterationId) {
				return overview.iteration(iterationId)
					.map(Iteration::title)
					.map((title) -> "the iteration \u201c" + title + "\u201d")
					.orElse("iteration " + iterationId);
			}

			@Override
			public String body(String bodyId) {
				return Optional.ofNullable(overview.governance())
					.flatMap((governance) -> governance.body(bodyId))
					.map(GovernanceBody::name)
					.orElse(bodyId);
			}

			@Override
			public String review(String reviewId) {
				return overview.review(reviewId)
					.map((review) -> "the " + review.type().name().replace('_', ' ').toLowerCase(Locale.ROOT)
							+ " first due " + firstDueDate(review))
					.orElse("review " + reviewId);
			}

			@Override
			public String measure(String measureId) {
				return overview.measures()
					.stream()
					.filter((measure) -> measure.measureId().equals(measureId))
					.map((measure) -> "\u201c" + measure.name() + "\u201d")
					.findFirst()
					.orElse("measure " + measureId);
			}

			@Override
			public String report(String reportId) {
				return overview.outcomeReport(reportId)
					.map((report) -> "the report of " + measure(report.measureId()) + " for "
							+ report.period().startDate() + " to " + report.period().endDate())
					.orElse("outcome report " + reportId);
			}

			@Override
			public String payment(String paymentId) {
				return overview.payment(paymentId)
					.map((payment) -> "the " + payment.kind().name().toLowerCase(Locale.ROOT) + " payment due "
							+ payment.dueOn())
					.orElse("payment " + paymentId);
			}

			@Override
			public String dispute(String disputeId) {
				return overview.dispute(disputeId)
					.map((dispute) -> "the dispute \u201c" + dispute.subject() + "\u201d")
					.orElse("dispute " + disputeId);
			}

			@Override
			public String finding(String findingId) {
				return overview.auditFindings()
					.stream()
					.filter((finding) -> finding.findingId().equals(findingId))
					.map((finding) -> "the audit finding on " + finding.scope())
					.findFirst()
					.orElse("audit finding " + findingId);
			}

		};
	}

}
