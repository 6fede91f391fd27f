package org.partnershipledger.query.account;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.query.identity.ApiTokens;
import org.partnershipledger.query.identity.DirectoryRejection;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.identity.UserDirectory;
import org.partnershipledger.query.web.PageController;

/**
 * Your account: change your own password, and create (shown once) and revoke your
 * personal API tokens.
 */
@PageController
class AccountPageController {

	static final String VIEW = "account/account";

	private final UserDirectory directory;

	private final ApiTokens tokens;

	AccountPageController(UserDirectory directory, ApiTokens tokens) {
		this.directory = directory;
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal LedgerUser user, Model model) {
		return show(user, List.of(), model);
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal LedgerUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, Model model, RedirectAttributes redirect) {
		try {
			this.directory.changeOwnPassword(user.getUsername(), currentPassword, newPassword);
		}
		catch (DirectoryRejection rejection) {
			return show(user, rejection.problems(), model);
		}
		redirect.addFlashAttribute("flash", "Your password has been changed");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal LedgerUser user, @RequestParam(defaultValue = "") String name,
			Model model, RedirectAttributes redirect) {
		String token;
		try {
			token = this.tokens.create(user.getUsername(), name);
		}
		catch (DirectoryRejection rejection) {
			return show(user, rejection.problems(), model);
		}
		redirect.addFlashAttribute("newToken", token);
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{tokenId}/revoke")
	String revokeToken(@AuthenticationPrincipal LedgerUser user, @PathVariable UUID tokenId,
			RedirectAttributes redirect) {
		if (this.tokens.revoke(user.getUsername(), tokenId)) {
			redirect.addFlashAttribute("flash", "The token has been revoked: it no longer signs anyone in");
		}
		return "redirect:/account";
	}

	private String show(LedgerUser user, List<FieldProblem> problems, Model model) {
		model.addAttribute("tokens", this.tokens.list(user.getUsername()));
		model.addAttribute("problems", problems);
		return VIEW;
	}

}
