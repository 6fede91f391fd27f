package org.partnershipledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * Checkpoints and verification for auditors' tools. Checkpoints come from the command
 * side, which holds the signing key, and are passed on as it gave them.
 */
@RestController
@Tag(name = "Audit")
class AuditApiController {

	private final Verifications verifications;

	AuditApiController(Verifications verifications) {
		this.verifications = verifications;
	}

	@GetMapping("/api/v1/checkpoints/latest")
	@Operation(summary = "The latest signed checkpoint: a digest over every partnership's chain head",
			description = "Keep it; later, verify the ledger or an exported history against it. 404 before the "
					+ "first checkpoint.")
	ResponseEntity<String> latest(@AuthenticationPrincipal LedgerUser user) {
		return passOn(this.verifications.latestCheckpoint(user.identity()));
	}

	@GetMapping("/api/v1/checkpoints/public-key")
	@Operation(summary = "The key this ledger signs checkpoints with",
			description = "{algorithm: \"Ed25519\", publicKey: base64 X.509}. Publish it; the verify command's "
					+ "--public-key option insists a checkpoint was signed with it.")
	ResponseEntity<String> publicKey(@AuthenticationPrincipal LedgerUser user) {
		return passOn(this.verifications.publicKey(user.identity()));
	}

	@PostMapping("/api/v1/checkpoints")
	@Operation(summary = "Take a signed checkpoint now")
	ResponseEntity<String> take(@AuthenticationPrincipal LedgerUser user) {
		return passOn(this.verifications.takeCheckpoint(user.identity()));
	}

	@PostMapping("/api/v1/verification")
	@Operation(summary = "Verify the history: the event store and the query side's copy",
			description = "Every event is checked against its partnership's hash chain; with a checkpoint in the "
					+ "body, each chain head against the checkpoint and its signature too. Reports every altered, "
					+ "missing, reordered or unreadable event by partnership and sequence number.")
	Verification verify(@AuthenticationPrincipal LedgerUser user,
			@RequestBody(required = false) Checkpoint checkpoint) {
		return this.verifications.verify(user.identity(), checkpoint);
	}

	private static ResponseEntity<String> passOn(Forwarded answer) {
		return ResponseEntity.status(answer.status())
			.contentType(answer.isOk() ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON)
			.body(answer.body());
	}

}
