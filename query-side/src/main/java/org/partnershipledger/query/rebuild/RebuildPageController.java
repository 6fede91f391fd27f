package org.partnershipledger.query.rebuild;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.PageController;

/**
 * An administrator rebuilds every read model from the event log and watches its progress;
 * the page refreshes itself (a meta refresh, no JavaScript) while it runs. Only
 * administrators reach /admin.
 */
@PageController
class RebuildPageController {

	static final String VIEW = "admin/rebuild";

	/** How often the page refreshes while a rebuild runs, in seconds. */
	static final int REFRESH_SECONDS = 2;

	private final ProjectionRebuild rebuild;

	RebuildPageController(ProjectionRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@GetMapping("/admin/rebuild")
	String progress(Model model) {
		this.rebuild.latest().ifPresent((progress) -> {
			model.addAttribute("progress", progress);
			if (progress.running()) {
				model.addAttribute("refreshSeconds", REFRESH_SECONDS);
			}
		});
		return VIEW;
	}

	@PostMapping("/admin/rebuild")
	String start(@AuthenticationPrincipal LedgerUser user, RedirectAttributes redirect) {
		try {
			this.rebuild.start(user.identity());
			redirect.addFlashAttribute("flash", "The rebuild has started");
		}
		catch (RebuildRefused refused) {
			redirect.addFlashAttribute("refused", refused.getMessage());
		}
		return "redirect:/admin/rebuild";
	}

}
