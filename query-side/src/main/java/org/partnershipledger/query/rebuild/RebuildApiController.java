package org.partnershipledger.query.rebuild;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.query.api.NotFoundException;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * {@code POST /api/v1/admin/rebuild} starts a rebuild of every read model from the event
 * log; {@code GET /api/v1/admin/rebuild} shows the latest one's progress. Administrators
 * only.
 */
@RestController
@Tag(name = "Administration")
class RebuildApiController {

	static final String PATH = "/api/v1/admin/rebuild";

	private final ProjectionRebuild rebuild;

	RebuildApiController(ProjectionRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping(PATH)
	@Operation(summary = "Rebuild every read model from the event log, in the background",
			description = "202 with the run's progress; 409 while another rebuild runs. The views stay up and "
					+ "keep receiving new events meanwhile.")
	ResponseEntity<RebuildProgress> start(@AuthenticationPrincipal LedgerUser user) {
		RebuildProgress started = this.rebuild.start(user.identity());
		return ResponseEntity.accepted().location(URI.create(PATH)).body(started);
	}

	@GetMapping(PATH)
	@Operation(summary = "The latest rebuild's progress: events done and total, rate per second, time left")
	RebuildProgress latest() {
		return this.rebuild.latest().orElseThrow(() -> new NotFoundException("No rebuild has run yet"));
	}

	@ExceptionHandler(RebuildRefused.class)
	ResponseEntity<ProblemDetail> refused(RebuildRefused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
		problem.setTitle("A rebuild is already running");
		problem.setProperty("running", refused.running());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
