package org.partnershipledger.command.partnership;

import java.util.List;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.command.partnership.AccountabilityCommands.RaiseAuditFinding;
import org.partnershipledger.command.partnership.AccountabilityCommands.RecordTransparencyNotice;
import org.partnershipledger.command.partnership.AccountabilityCommands.RespondToAuditFinding;
import org.partnershipledger.events.AuditFindingRaised;
import org.partnershipledger.events.AuditFindingResponded;
import org.partnershipledger.events.TransparencyNoticeRecorded;

import static org.partnershipledger.command.partnership.Guards.blankToNull;

/**
 * Accountability: transparency notices, audit findings and the commissioner's responses,
 * accepted for the whole life of a partnership, after closure too (DOMAIN.md §4, 23–24).
 */
final class AccountabilityDecisions {

	private AccountabilityDecisions() {
	}

	/**
	 * A commissioner records a notice, or the ledger itself (no identity); what it
	 * relates to is of this partnership.
	 */
	static Decision<Long> recordTransparencyNotice(PartnershipState state, RecordTransparencyNotice command) {
		Party acting = (command.identity() == null) ? null : Acting.commissioner(state, command.identity());
		RecordTransparencyNoticeRequest request = command.request();
		String relatesTo = blankToNull(request.relatesTo());
		if (relatesTo != null && !state.adaptations().containsKey(relatesTo) && !relatesTo.equals(state.contractId())
				&& !relatesTo.equals(state.instrumentId()) && !state.variationIds().contains(relatesTo)) {
			throw PartnershipRejection.unprocessable("The notice relates to nothing in this partnership",
					List.of(new FieldProblem("relatesTo", "Name an adaptation, the contract, the instrument or a "
							+ "contract variation of this partnership; unknown: " + relatesTo)));
		}
		TransparencyNoticeRecorded recorded = new TransparencyNoticeRecorded(state.partnershipId(), command.noticeId(),
				request.noticeType(), request.reference(), request.publishedOn(), relatesTo, command.occurredAt());
		return (acting == null) ? Decision.of(recorded, EventMetaData.system(Partnership.SYSTEM_NOTICE_NAME))
				: Decision.of(recorded, command.identity(), acting, request.authority());
	}

	/** The one change an auditor makes; nobody else raises findings. */
	static Decision<Long> raiseAuditFinding(PartnershipState state, RaiseAuditFinding command) {
		Identity identity = command.identity();
		if (identity.role() != UserRole.AUDITOR) {
			Acting.party(state, identity);
			throw PartnershipRejection.forbidden("Only an auditor raises audit findings; you are " + identity.role());
		}
		RaiseAuditFindingRequest request = command.request();
		return Decision.of(new AuditFindingRaised(state.partnershipId(), command.findingId(), request.scope(),
				request.asOf(), request.finding(), request.severity(), request.recommendation(), request.eventRefs(),
				command.occurredAt()), identity, null, request.authority());
	}

	/** The commissioner responds to each finding once. */
	static Decision<Long> respondToAuditFinding(PartnershipState state, RespondToAuditFinding command) {
		Party acting = Acting.commissioner(state, command.identity());
		Boolean responded = state.auditFindings().get(command.findingId());
		if (responded == null) {
			throw PartnershipRejection.noSuch("There is no audit finding " + command.findingId());
		}
		if (responded) {
			throw PartnershipRejection.conflict("Audit finding " + command.findingId() + " already has a response");
		}
		RespondToAuditFindingRequest request = command.request();
		return Decision.of(
				new AuditFindingResponded(state.partnershipId(), command.findingId(), request.response(),
						Boolean.TRUE.equals(request.accepted()), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

}
