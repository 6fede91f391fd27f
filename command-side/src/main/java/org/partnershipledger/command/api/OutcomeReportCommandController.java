package org.partnershipledger.command.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.api.QueryOutcomeReportRequest;
import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.api.VerifyOutcomeReportRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.MoneyCommands.CorrectOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.QueryOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.ReportOutcome;
import org.partnershipledger.command.partnership.MoneyCommands.VerifyOutcomeReport;

import static org.partnershipledger.command.api.CommandSupport.created;
import static org.partnershipledger.command.api.CommandSupport.newId;

/**
 * Outcome reports on the internal API: reported by a provider, verified or queried by the
 * commissioner, corrected by a new report. Every answer's Location is a report.
 */
@RestController
@RequestMapping("/internal/v1/partnerships/{partnershipId}/outcome-reports")
class OutcomeReportCommandController {

	private final CommandSupport support;

	OutcomeReportCommandController(CommandSupport support) {
		this.support = support;
	}

	@PostMapping
	ResponseEntity<Accepted> report(Identity identity, @PathVariable String partnershipId,
			@RequestBody ReportOutcomeRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String reportId = newId();
		return answer(partnershipId, reportId,
				this.support.send(new ReportOutcome(partnershipId, reportId, identity, request, occurredAt)));
	}

	@PostMapping("/{reportId}/verification")
	ResponseEntity<Accepted> verify(Identity identity, @PathVariable String partnershipId,
			@PathVariable String reportId, @RequestBody VerifyOutcomeReportRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, reportId,
				this.support.send(new VerifyOutcomeReport(partnershipId, reportId, identity, request, occurredAt)));
	}

	@PostMapping("/{reportId}/query")
	ResponseEntity<Accepted> query(Identity identity, @PathVariable String partnershipId, @PathVariable String reportId,
			@RequestBody QueryOutcomeReportRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, reportId,
				this.support.send(new QueryOutcomeReport(partnershipId, reportId, identity, request, occurredAt)));
	}

	@PostMapping("/{reportId}/correction")
	ResponseEntity<Accepted> correct(Identity identity, @PathVariable String partnershipId,
			@PathVariable String reportId, @RequestBody CorrectOutcomeReportRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String correctionId = newId();
		return answer(partnershipId, correctionId, this.support
			.send(new CorrectOutcomeReport(partnershipId, reportId, correctionId, identity, request, occurredAt)));
	}

	private static ResponseEntity<Accepted> answer(String partnershipId, String reportId, long version) {
		return created(partnershipId + "/outcome-reports/" + reportId,
				Accepted.outcomeReport(partnershipId, reportId, version));
	}

}
