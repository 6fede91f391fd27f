package org.partnershipledger.query.audit;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.ExportedHistory;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.LedgerPages;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageNotFoundException;

/**
 * Proving nothing was rewritten: take or download a signed checkpoint, and verify the
 * event store and the query side's copy against the latest checkpoint, one the auditor
 * kept, or the hash chains alone. Auditors, commissioners and administrators reach
 * /audit.
 */
@PageController
class VerificationPageController {

	static final String VIEW = "audit/verification";

	static final String AGAINST_LATEST = "latest";

	static final String AGAINST_FILE = "file";

	static final String AGAINST_NONE = "none";

	private final Verifications verifications;

	private final LedgerPages pages;

	VerificationPageController(Verifications verifications, LedgerPages pages) {
		this.verifications = verifications;
		this.pages = pages;
	}

	@GetMapping("/audit/verification")
	String page(@AuthenticationPrincipal LedgerUser user, Model model) {
		return render(this.verifications.latestCheckpoint(user.identity()), AGAINST_LATEST, model);
	}

	@GetMapping("/audit/checkpoints/latest.json")
	ResponseEntity<String> download(@AuthenticationPrincipal LedgerUser user) {
		Forwarded answer = this.verifications.latestCheckpoint(user.identity());
		if (!answer.isOk()) {
			throw new PageNotFoundException(answer.problemDetail());
		}
		Checkpoint checkpoint = answer.as(Checkpoint.class);
		String filename = "ledger-checkpoint-" + checkpoint.createdAt().toString().replace(':', '-') + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(answer.body());
	}

	@PostMapping("/audit/checkpoints")
	String take(@AuthenticationPrincipal LedgerUser user, RedirectAttributes redirect) {
		Forwarded answer = this.verifications.takeCheckpoint(user.identity());
		if (answer.isOk()) {
			redirect.addFlashAttribute("flash", "Checkpoint taken at "
					+ this.pages.dateTime(answer.as(Checkpoint.class).createdAt()) + ". Download it and keep it.");
		}
		else {
			redirect.addFlashAttribute("checkpointProblem", answer.problemDetail());
		}
		return "redirect:/audit/verification";
	}

	@PostMapping("/audit/verification")
	String verify(@AuthenticationPrincipal LedgerUser user, @RequestParam(defaultValue = AGAINST_LATEST) String against,
			@RequestParam(required = false) MultipartFile checkpointFile, Model model) {
		Identity identity = user.identity();
		Forwarded latest = this.verifications.latestCheckpoint(identity);
		Checkpoint checkpoint = null;
		String used = "the hash chains alone";
		if (AGAINST_FILE.equals(against)) {
			if (checkpointFile == null || checkpointFile.isEmpty()) {
				model.addAttribute("fileProblem", "Choose the checkpoint file you kept");
				return render(latest, against, model);
			}
			try (InputStream in = checkpointFile.getInputStream()) {
				checkpoint = ExportedHistory.readCheckpoint(in);
			}
			catch (IOException ex) {
				model.addAttribute("fileProblem",
						"The file is not a checkpoint from the ledger: it must be the JSON file downloaded here");
				return render(latest, against, model);
			}
			used = "the checkpoint file " + checkpointFile.getOriginalFilename();
		}
		else if (!AGAINST_NONE.equals(against) && latest.isOk()) {
			checkpoint = latest.as(Checkpoint.class);
			used = "the latest checkpoint";
		}
		Verification verification = this.verifications.verify(identity, checkpoint);
		model.addAttribute("verification", verification);
		model.addAttribute("checkedAgainst", used);
		if (AGAINST_FILE.equals(against)) {
			model.addAttribute("keptFile", checkpointFile.getOriginalFilename());
		}
		model.addAttribute("eventStoreSignatures", SignatureResults.of(verification.eventStore(), "chain links"));
		model.addAttribute("readModelSignatures", SignatureResults.of(verification.readModel(), "events"));
		return render(latest, against, model);
	}

	/** The page, with the latest checkpoint as the command side answered for it. */
	private String render(Forwarded latest, String against, Model model) {
		if (latest.isOk()) {
			model.addAttribute("latest", latest.as(Checkpoint.class));
		}
		else if (latest.status() != 404) {
			model.addAttribute("latestProblem", latest.problemDetail());
		}
		model.addAttribute("against", against);
		return VIEW;
	}

}
