package org.partnershipledger.command.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.AccountabilityCommands.RaiseAuditFinding;
import org.partnershipledger.command.partnership.AccountabilityCommands.RecordTransparencyNotice;
import org.partnershipledger.command.partnership.AccountabilityCommands.RespondToAuditFinding;

import static org.partnershipledger.command.api.CommandSupport.created;
import static org.partnershipledger.command.api.CommandSupport.newId;

/**
 * Accountability on the internal API: transparency notices and audit findings with their
 * responses, the only commands a closed partnership still accepts.
 */
@RestController
@RequestMapping("/internal/v1/partnerships/{partnershipId}")
class AccountabilityCommandController {

	private final CommandSupport support;

	AccountabilityCommandController(CommandSupport support) {
		this.support = support;
	}

	@PostMapping("/transparency-notices")
	ResponseEntity<Accepted> recordNotice(Identity identity, @PathVariable String partnershipId,
			@RequestBody RecordTransparencyNoticeRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String noticeId = newId();
		long version = this.support
			.send(new RecordTransparencyNotice(partnershipId, noticeId, identity, request, occurredAt));
		return created(partnershipId + "/transparency-notices/" + noticeId,
				Accepted.notice(partnershipId, noticeId, version));
	}

	@PostMapping("/audit-findings")
	ResponseEntity<Accepted> raiseFinding(Identity identity, @PathVariable String partnershipId,
			@RequestBody RaiseAuditFindingRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String findingId = newId();
		return finding(partnershipId, findingId,
				this.support.send(new RaiseAuditFinding(partnershipId, findingId, identity, request, occurredAt)));
	}

	@PostMapping("/audit-findings/{findingId}/response")
	ResponseEntity<Accepted> respond(Identity identity, @PathVariable String partnershipId,
			@PathVariable String findingId, @RequestBody RespondToAuditFindingRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return finding(partnershipId, findingId,
				this.support.send(new RespondToAuditFinding(partnershipId, findingId, identity, request, occurredAt)));
	}

	private static ResponseEntity<Accepted> finding(String partnershipId, String findingId, long version) {
		return created(partnershipId + "/audit-findings/" + findingId,
				Accepted.finding(partnershipId, findingId, version));
	}

}
