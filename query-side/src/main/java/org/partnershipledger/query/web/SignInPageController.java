package org.partnershipledger.query.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.partnershipledger.query.identity.SignInRefused;

/**
 * The sign-in page. Spring Security handles the POST to /sign-in and sends people back
 * here with {@code ?error} when the username or password is wrong, and with
 * {@code ?signed-out} after signing out (a sign-in refused after too many failures says
 * so, and when to try again): parameters without values, so they are read by name.
 */
@PageController
class SignInPageController {

	static final String VIEW = "identity/sign-in";

	@GetMapping("/sign-in")
	String signIn(@RequestParam Map<String, String> parameters, HttpServletRequest request, Model model) {
		boolean failed = parameters.containsKey("error");
		model.addAttribute("failed", failed);
		HttpSession session = request.getSession(false);
		Object why = (failed && session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		model.addAttribute("refusal", (why instanceof SignInRefused refused) ? refused.getMessage() : null);
		model.addAttribute("signedOut", parameters.containsKey("signed-out"));
		return VIEW;
	}

}
