package org.partnershipledger.query.commands;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.timeline.EventLogRepository;

/**
 * Accountability: published transparency notices, and audit findings with the
 * commissioner's responses. Both are accepted after closure. Each command is forwarded to
 * the same path on the command side; its answer is relayed as it is.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{partnershipId}")
@Tag(name = "Commands")
class AccountabilityCommandApiController {

	private final CommandClient commands;

	private final EventLogRepository eventLog;

	AccountabilityCommandApiController(CommandClient commands, EventLogRepository eventLog) {
		this.eventLog = eventLog;
		this.commands = commands;
	}

	@PostMapping("/transparency-notices")
	@Operation(summary = "Record a published notice (UK6, UK7, UK9, UK10, UK11, an OCDS release or voluntary), "
			+ "relating to an adaptation, the contract or a variation where it names one (commissioner or system)")
	ResponseEntity<Object> recordNotice(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody RecordTransparencyNoticeRequest request) {
		return forward(user, "/partnerships/{id}/transparency-notices", request, partnershipId);
	}

	@PostMapping("/audit-findings")
	@Operation(summary = "Raise an audit finding as of a date, citing the events it rests on (auditor); the only "
			+ "change an auditor makes")
	ResponseEntity<Object> raiseFinding(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody RaiseAuditFindingRequest request) {
		// Only an auditor may raise one; anyone else is refused by the command side
		// before
		// learning which events exist.
		List<String> refs = (request.eventRefs() != null && user.identity().role() == UserRole.AUDITOR)
				? request.eventRefs() : List.of();
		this.eventLog.firstUnknown(partnershipId, refs).ifPresent((unknown) -> {
			throw new BadParameterException("eventRefs[" + refs.indexOf(unknown) + "]",
					"There is no event " + unknown + " in this partnership");
		});
		return forward(user, "/partnerships/{id}/audit-findings", request, partnershipId);
	}

	@PostMapping("/audit-findings/{findingId}/response")
	@Operation(summary = "Respond to an audit finding, accepting it or not (commissioner)")
	ResponseEntity<Object> respond(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String findingId, @RequestBody RespondToAuditFindingRequest request) {
		return forward(user, "/partnerships/{id}/audit-findings/{fid}/response", request, partnershipId, findingId);
	}

	private ResponseEntity<Object> forward(LedgerUser user, String template, Object request, Object... variables) {
		return CommandResponses
			.relay(this.commands.send(user.identity(), CommandClient.internalPath(template, variables), request));
	}

}
