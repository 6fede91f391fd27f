package org.partnershipledger.query.web;

import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.query.partnership.PartnershipOverview;

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

	/**
	 * The overview after a joint decision was proposed, its message saying what happened:
	 * in force at once (it bound only the proposer's party), or proposed and waiting for
	 * the parties the command side named.
	 * @param inForce the message when it is in force, such as "Shared vision agreed"
	 * @param proposed the start of the message when it waits, such as "Shared vision
	 * proposed"
	 */
	public static String afterProposal(PartnershipOverview overview, Accepted accepted, String inForce, String proposed,
			RedirectAttributes redirect) {
		return toOverview(overview.partnershipId(), accepted, proposalMessage(overview, accepted, inForce, proposed),
				redirect);
	}

	static String proposalMessage(PartnershipOverview overview, Accepted accepted, String inForce, String proposed) {
		if (accepted.jointDecisionId() == null) {
			return inForce;
		}
		List<String> awaited = (accepted.awaitingConfirmationFrom() != null) ? accepted.awaitingConfirmationFrom()
				: List.of();
		if (awaited.isEmpty()) {
			return proposed + ": in force once each party it binds confirms";
		}
		return proposed + ": in force once " + PartyNames.inWords(PartyNames.of(overview, awaited))
				+ ((awaited.size() == 1) ? " confirms" : " confirm");
	}

}
