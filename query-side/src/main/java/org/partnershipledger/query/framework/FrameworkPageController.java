package org.partnershipledger.query.framework;

import java.util.Arrays;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.RecommendationFlag;
import org.partnershipledger.query.web.FlagExplanations;
import org.partnershipledger.query.web.Labels;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.Rc1Numbers;

/**
 * Explains the framework and rule set RC-1 openly, to anyone, signed in or not. Every
 * number on the page comes from the rule set's own constants.
 */
@PageController
class FrameworkPageController {

	static final String VIEW = "framework/framework";

	@GetMapping("/framework")
	String framework(Model model) {
		model.addAttribute("rc1", new Rc1Numbers());
		model.addAttribute("models", PartnershipModel.values());
		model.addAttribute("paymentMechanisms", PaymentMechanism.values());
		model.addAttribute("flags",
				Arrays.stream(RecommendationFlag.values())
					.map((flag) -> Option.of(Labels.of(flag), FlagExplanations.explain(flag)))
					.toList());
		model.addAttribute("examples", FrameworkExample.all());
		return VIEW;
	}

}
