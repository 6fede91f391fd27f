package org.partnershipledger.query.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.Accepted;

/**
 * Where a page goes after an accepted command: the partnership's overview, told which
 * version to wait for, so the person sees their own change (read-your-writes).
 */
public final class Redirects {

	private Redirects() {
	}

	public static String toOverview(String partnershipId, Accepted accepted, String flash,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", flash);
		redirect.addAttribute("id", partnershipId);
		redirect.addAttribute("minVersion", accepted.version());
		return "redirect:/partnerships/{id}";
	}

}
