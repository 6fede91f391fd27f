package org.partnershipledger.query.commands;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.api.QueryOutcomeReportRequest;
import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.api.VerifyOutcomeReportRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * Outcome reports: reported by a provider, queried or verified by the commissioner,
 * corrected by a compensating report. Each command is forwarded to the same path on the
 * command side; its answer is relayed as it is.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{partnershipId}/outcome-reports")
@Tag(name = "Commands")
class OutcomeReportCommandApiController {

	private final CommandClient commands;

	OutcomeReportCommandApiController(CommandClient commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Report an outcome for a measure and period (a provider, for its own party): an aggregate "
			+ "or pseudonymous cohort count, never personal data")
	ResponseEntity<Object> report(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody ReportOutcomeRequest request) {
		return forward(user, "/partnerships/{id}/outcome-reports", request, partnershipId);
	}

	@PostMapping("/{reportId}/verification")
	@Operation(summary = "Verify an outcome report, so it may be paid on (commissioner)")
	ResponseEntity<Object> verify(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String reportId, @RequestBody VerifyOutcomeReportRequest request) {
		return forward(user, "/partnerships/{id}/outcome-reports/{rid}/verification", request, partnershipId, reportId);
	}

	@PostMapping("/{reportId}/query")
	@Operation(summary = "Query an outcome report with a question; it is not paid on until verified (commissioner)")
	ResponseEntity<Object> query(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String reportId, @RequestBody QueryOutcomeReportRequest request) {
		return forward(user, "/partnerships/{id}/outcome-reports/{rid}/query", request, partnershipId, reportId);
	}

	@PostMapping("/{reportId}/correction")
	@Operation(summary = "Correct an outcome report with a new, compensating report; the original is never edited "
			+ "(its provider)")
	ResponseEntity<Object> correct(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String reportId, @RequestBody CorrectOutcomeReportRequest request) {
		return forward(user, "/partnerships/{id}/outcome-reports/{rid}/correction", request, partnershipId, reportId);
	}

	private ResponseEntity<Object> forward(LedgerUser user, String template, Object request, Object... variables) {
		return CommandResponses
			.relay(this.commands.send(user.identity(), CommandClient.internalPath(template, variables), request));
	}

}
