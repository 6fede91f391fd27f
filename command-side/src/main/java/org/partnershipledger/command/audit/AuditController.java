package org.partnershipledger.command.audit;

import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.VerificationReport;

/**
 * Checkpoints and verification for the web app: for auditors only. A checkpoint and a
 * report name every partnership in the ledger, which commissioners, providers and
 * administrators may not all see. An administrator may have one taken (the web app asks
 * when a rebuild of its views finishes), and is told its date and digest only.
 */
@RestController
@RequestMapping("/internal/v1")
class AuditController {

	private static final Set<UserRole> ALLOWED = Set.of(UserRole.AUDITOR);

	/** Who may have a checkpoint taken: it changes nothing and shows them no heads. */
	private static final Set<UserRole> MAY_TAKE = Set.of(UserRole.AUDITOR, UserRole.ADMIN);

	private final Checkpoints checkpoints;

	private final StoreVerification verification;

	private final SigningKeys keys;

	AuditController(Checkpoints checkpoints, StoreVerification verification, SigningKeys keys) {
		this.checkpoints = checkpoints;
		this.verification = verification;
		this.keys = keys;
	}

	/**
	 * Takes a checkpoint: an auditor is answered the checkpoint, an administrator its
	 * date and digest, which name it among those auditors keep.
	 */
	@PostMapping("/checkpoints")
	ResponseEntity<Object> create(Identity identity) {
		allow(identity, MAY_TAKE);
		try {
			Checkpoint checkpoint = this.checkpoints.create();
			return ResponseEntity.created(URI.create("/internal/v1/checkpoints/latest"))
				.body(ALLOWED.contains(identity.role()) ? checkpoint
						: Map.of("createdAt", checkpoint.createdAt().toString(), "digest", checkpoint.digest()));
		}
		catch (HistoryRewrittenException ex) {
			throw problem(HttpStatus.CONFLICT, "history-rewritten", "The history was rewritten", ex.getMessage());
		}
	}

	@GetMapping("/checkpoints/latest")
	Checkpoint latest(Identity identity) {
		allow(identity);
		return this.checkpoints.latest()
			.orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "not-found", "No checkpoint yet",
					"No checkpoint has been taken yet; create one with POST /internal/v1/checkpoints"));
	}

	@GetMapping("/checkpoints/public-key")
	Map<String, String> publicKey(Identity identity) {
		allow(identity);
		return Map.of("algorithm", Checkpoint.ALGORITHM, "publicKey", this.keys.publicKey());
	}

	/**
	 * Verifies the event store; against the checkpoint in the body, when there is one.
	 */
	@PostMapping("/verification")
	VerificationReport verify(Identity identity, @RequestBody(required = false) Checkpoint checkpoint)
			throws SQLException {
		allow(identity);
		return this.verification.verify(checkpoint);
	}

	private static void allow(Identity identity) {
		allow(identity, ALLOWED);
	}

	private static void allow(Identity identity, Set<UserRole> allowed) {
		if (!allowed.contains(identity.role())) {
			throw problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
					"Only auditors read checkpoints or verify the whole history (an administrator may only have one taken); export a partnership's history to verify it");
		}
	}

	private static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:partnership-ledger:problem:" + type));
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
