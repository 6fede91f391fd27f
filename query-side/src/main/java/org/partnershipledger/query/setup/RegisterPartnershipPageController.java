package org.partnershipledger.query.setup;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.query.commands.CommandClient;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageForbiddenException;
import org.partnershipledger.query.web.Redirects;

/**
 * A commissioner registers a partnership; their organisation becomes its commissioning
 * party.
 */
@PageController
class RegisterPartnershipPageController {

	static final String VIEW = "setup/register";

	private final CommandClient commands;

	private final Clock clock;

	RegisterPartnershipPageController(CommandClient commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	@ModelAttribute("legalRegimes")
	List<Option> legalRegimes() {
		return Option.of(LegalRegime.class);
	}

	@GetMapping("/partnerships/new")
	String form(@AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("registerForm") RegisterPartnershipForm form) {
		requireCommissioner(user);
		return VIEW;
	}

	@PostMapping("/partnerships/new")
	String register(@AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("registerForm") RegisterPartnershipForm form, BindingResult result,
			RedirectAttributes redirect) {
		requireCommissioner(user);
		RegisterPartnershipRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return VIEW;
		}
		CommandOutcome outcome = this.commands.send(user.identity(), CommandRoute.REGISTER_PARTNERSHIP.internalPath(),
				request);
		if (!outcome.isAccepted()) {
			FormProblems.show(outcome, result, RegisterPartnershipForm::formField);
			return VIEW;
		}
		return Redirects.toOverview(outcome.accepted().partnershipId(), outcome.accepted(), "Partnership registered",
				redirect);
	}

	private static void requireCommissioner(LedgerUser user) {
		if (user == null || user.identity().role() != UserRole.COMMISSIONER) {
			throw new PageForbiddenException("Only a commissioner can register a partnership.");
		}
	}

}
