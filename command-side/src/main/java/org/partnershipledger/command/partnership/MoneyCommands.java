package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.api.QueryOutcomeReportRequest;
import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.api.VerifyOutcomeReportRequest;
import org.partnershipledger.api.identity.Identity;

/**
 * Outcomes and payments: reports verified, queried and corrected; payments scheduled,
 * made and adjusted.
 */
public final class MoneyCommands {

	private MoneyCommands() {
	}

	/** Report an outcome for the provider's own party. */
	public record ReportOutcome(@TargetAggregateIdentifier String partnershipId, String reportId, Identity identity,
			ReportOutcomeRequest request, Instant occurredAt) implements PartnershipCommand {

		public ReportOutcome {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(reportId, "reportId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Verify an outcome report. */
	public record VerifyOutcomeReport(@TargetAggregateIdentifier String partnershipId, String reportId,
			Identity identity, VerifyOutcomeReportRequest request, Instant occurredAt) implements PartnershipCommand {

		public VerifyOutcomeReport {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(reportId, "reportId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Query an outcome report. */
	public record QueryOutcomeReport(@TargetAggregateIdentifier String partnershipId, String reportId,
			Identity identity, QueryOutcomeReportRequest request, Instant occurredAt) implements PartnershipCommand {

		public QueryOutcomeReport {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(reportId, "reportId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Correct an outcome report with a new report ({@code correctionReportId}). */
	public record CorrectOutcomeReport(@TargetAggregateIdentifier String partnershipId, String reportId,
			String correctionReportId, Identity identity, CorrectOutcomeReportRequest request,
			Instant occurredAt) implements PartnershipCommand {

		public CorrectOutcomeReport {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(reportId, "reportId");
			Objects.requireNonNull(correctionReportId, "correctionReportId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Schedule a payment. */
	public record SchedulePayment(@TargetAggregateIdentifier String partnershipId, String paymentId, Identity identity,
			SchedulePaymentRequest request, Instant occurredAt) implements PartnershipCommand {

		public SchedulePayment {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(paymentId, "paymentId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Record a scheduled payment as made. */
	public record MakePayment(@TargetAggregateIdentifier String partnershipId, String paymentId, Identity identity,
			MakePaymentRequest request, Instant occurredAt) implements PartnershipCommand {

		public MakePayment {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(paymentId, "paymentId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Adjust a payment. */
	public record AdjustPayment(@TargetAggregateIdentifier String partnershipId, String paymentId, String adjustmentId,
			Identity identity, AdjustPaymentRequest request, Instant occurredAt) implements PartnershipCommand {

		public AdjustPayment {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(paymentId, "paymentId");
			Objects.requireNonNull(adjustmentId, "adjustmentId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

}
