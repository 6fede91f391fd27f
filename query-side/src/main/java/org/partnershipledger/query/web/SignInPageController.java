package org.partnershipledger.query.web;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the POST to /sign-in and sends people back
 * here with {@code ?error} when the username or password is wrong, and with
 * {@code ?signed-out} after signing out: parameters without values, so they are read by
 * name.
 */
@PageController
class SignInPageController {

	static final String VIEW = "identity/sign-in";

	@GetMapping("/sign-in")
	String signIn(@RequestParam Map<String, String> parameters, Model model) {
		model.addAttribute("failed", parameters.containsKey("error"));
		model.addAttribute("signedOut", parameters.containsKey("signed-out"));
		return VIEW;
	}

}
