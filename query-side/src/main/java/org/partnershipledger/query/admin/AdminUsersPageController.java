package org.partnershipledger.query.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.identity.DirectoryRejection;
import org.partnershipledger.query.identity.NewUser;
import org.partnershipledger.query.identity.UserAccount;
import org.partnershipledger.query.identity.UserDirectory;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;

/**
 * An administrator lists the people who may sign in, adds one, disables or enables an
 * account and sets a new password for someone.
 */
@PageController
class AdminUsersPageController {

	static final String VIEW = "admin/users";

	private final UserDirectory directory;

	AdminUsersPageController(UserDirectory directory) {
		this.directory = directory;
	}

	@ModelAttribute
	void page(Model model) {
		model.addAttribute("users", this.directory.users());
		model.addAttribute("roles", Option.of(UserRole.class));
		List<Option> organisations = new ArrayList<>();
		this.directory.organisations()
			.forEach((organisation) -> organisations.add(Option.of(UserForm.value(organisation.identifier()),
					organisation.name() + " (" + organisation.identifier() + ")")));
		model.addAttribute("organisationOptions", organisations);
	}

	@GetMapping("/admin/users")
	String users(@ModelAttribute("userForm") UserForm form) {
		return VIEW;
	}

	@PostMapping("/admin/users/{username}/enabled")
	String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
		if (this.directory.setEnabled(username, enabled)) {
			redirect.addFlashAttribute("flash",
					enabled ? username + " can sign in again" : username + " can no longer sign in");
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam String password,
			@ModelAttribute("userForm") UserForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.directory.resetPassword(username, password);
		}
		catch (DirectoryRejection rejection) {
			model.addAttribute("resetProblem", username + ": " + rejection.problems().get(0).message());
			return VIEW;
		}
		redirect.addFlashAttribute("flash", username + " has a new password; give it to them in a safe way");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users")
	String add(@ModelAttribute("userForm") UserForm form, BindingResult result, RedirectAttributes redirect) {
		NewUser request = form.toRequest(result);
		if (request == null) {
			return VIEW;
		}
		try {
			UserAccount created = this.directory.createUser(request);
			redirect.addFlashAttribute("flash", created.displayName() + " can now sign in as " + created.username());
			return "redirect:/admin/users";
		}
		catch (DirectoryRejection rejection) {
			FormProblems.reject(rejection.problems(), result, UserForm::formField);
			return VIEW;
		}
	}

}
