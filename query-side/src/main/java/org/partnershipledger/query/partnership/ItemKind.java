package org.partnershipledger.query.partnership;

import java.util.function.Function;
import java.util.function.Predicate;

import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.relational.PaymentStatus;
import org.partnershipledger.events.relational.ReviewStatus;

/**
 * The kinds of a partnership's items that grow with its life. They are stored one row
 * each beside the overview, so that an event rewrites only the item it changes, and an
 * overview shows a bounded window of each (see {@link Window}); the rest is read a page
 * at a time.
 */
public enum ItemKind {

	ASSESSMENT("assessments", Assessment.class, (item) -> false),

	ADAPTATION("adaptations", Adaptation.class, (item) -> ((Adaptation) item).open()),

	ITERATION("iterations", Iteration.class, (item) -> ((Iteration) item).conclusion() == null),

	REVIEW("reviews", Review.class, (item) -> ((Review) item).status() == ReviewStatus.SCHEDULED),

	VARIATION("variations", ContractVariation.class, (item) -> false),

	EXTENSION("extensions", ContractExtension.class, (item) -> false),

	OUTCOME_REPORT("outcomeReports", OutcomeReport.class,
			(item) -> ((OutcomeReport) item).status() == OutcomeReportStatus.REPORTED
					|| ((OutcomeReport) item).status() == OutcomeReportStatus.QUERIED),

	PAYMENT("payments", Payment.class, (item) -> ((Payment) item).status() == PaymentStatus.SCHEDULED),

	DISPUTE("disputes", Dispute.class, (item) -> !((Dispute) item).resolved()),

	NOTICE("notices", TransparencyNotice.class, (item) -> false),

	AUDIT_FINDING("auditFindings", AuditFinding.class, (item) -> ((AuditFinding) item).response() == null);

	private final String field;

	private final Class<?> type;

	private final Predicate<Object> active;

	ItemKind(String field, Class<?> type, Predicate<Object> active) {
		this.field = field;
		this.type = type;
		this.active = active;
	}

	/**
	 * The overview's field that holds items of this kind, such as {@code adaptations}.
	 */
	public String field() {
		return this.field;
	}

	public Class<?> type() {
		return this.type;
	}

	/**
	 * Whether the item still asks for something (an open adaptation, a scheduled review,
	 * an unresolved dispute …), so that an overview shows it however old it is.
	 */
	public boolean active(Object item) {
		return this.active.test(item);
	}

	/** How the items of a kind are named by their id; by position when they have none. */
	static <T> Function<T, String> idOf(ItemKind kind) {
		return switch (kind) {
			case ASSESSMENT -> (item) -> ((Assessment) item).assessmentId();
			case ADAPTATION -> (item) -> ((Adaptation) item).adaptationId();
			case ITERATION -> (item) -> ((Iteration) item).iterationId();
			case REVIEW -> (item) -> ((Review) item).reviewId();
			case VARIATION -> (item) -> ((ContractVariation) item).variationId();
			case EXTENSION -> null;
			case OUTCOME_REPORT -> (item) -> ((OutcomeReport) item).reportId();
			case PAYMENT -> (item) -> ((Payment) item).paymentId();
			case DISPUTE -> (item) -> ((Dispute) item).disputeId();
			case NOTICE -> (item) -> ((TransparencyNotice) item).noticeId();
			case AUDIT_FINDING -> (item) -> ((AuditFinding) item).findingId();
		};
	}

}
