package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.api.identity.Identity;

/**
 * Accountability: transparency notices, audit findings and the commissioner's responses.
 */
public final class AccountabilityCommands {

	private AccountabilityCommands() {
	}

	/** Record a published notice; a {@code null} identity is the ledger itself. */
	public record RecordTransparencyNotice(@TargetAggregateIdentifier String partnershipId, String noticeId,
			Identity identity, RecordTransparencyNoticeRequest request,
			Instant occurredAt) implements PartnershipCommand {

		public RecordTransparencyNotice {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(noticeId, "noticeId");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Raise an audit finding: the only command an auditor issues. */
	public record RaiseAuditFinding(@TargetAggregateIdentifier String partnershipId, String findingId,
			Identity identity, RaiseAuditFindingRequest request, Instant occurredAt) implements PartnershipCommand {

		public RaiseAuditFinding {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(findingId, "findingId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/** Respond to an audit finding. */
	public record RespondToAuditFinding(@TargetAggregateIdentifier String partnershipId, String findingId,
			Identity identity, RespondToAuditFindingRequest request, Instant occurredAt) implements PartnershipCommand {

		public RespondToAuditFinding {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(findingId, "findingId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

}
