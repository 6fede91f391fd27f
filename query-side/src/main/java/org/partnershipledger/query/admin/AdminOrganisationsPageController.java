package org.partnershipledger.query.admin;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.query.identity.DirectoryRejection;
import org.partnershipledger.query.identity.NewOrganisation;
import org.partnershipledger.query.identity.UserDirectory;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.IdentifierSchemes;
import org.partnershipledger.query.web.PageController;

/**
 * An administrator lists organisations and adds one. Only administrators reach /admin.
 */
@PageController
class AdminOrganisationsPageController {

	static final String VIEW = "admin/organisations";

	private final UserDirectory directory;

	AdminOrganisationsPageController(UserDirectory directory) {
		this.directory = directory;
	}

	@ModelAttribute
	void page(Model model) {
		model.addAttribute("organisations", this.directory.organisations());
		model.addAttribute("schemes", IdentifierSchemes.options());
	}

	@GetMapping("/admin/organisations")
	String organisations(@ModelAttribute("organisationForm") OrganisationForm form) {
		return VIEW;
	}

	@PostMapping("/admin/organisations")
	String add(@ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
			RedirectAttributes redirect) {
		NewOrganisation request = form.toRequest(result);
		if (request == null) {
			return VIEW;
		}
		try {
			Organisation created = this.directory.createOrganisation(request);
			redirect.addFlashAttribute("flash", created.name() + " added");
			return "redirect:/admin/organisations";
		}
		catch (DirectoryRejection rejection) {
			FormProblems.reject(rejection.problems(), result, OrganisationForm::formField);
			return VIEW;
		}
	}

}
