package org.partnershipledger.query.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

import org.partnershipledger.events.model.AuthorityType;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.OutcomeMeasure;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Party;

/**
 * What every page about one partnership's relational life puts in its model: the
 * partnership, what the person may do on it, and names for the ids the records carry
 * (parties, measures, adaptations, iterations), so templates never show an id alone.
 */
public final class PageModel {

	private PageModel() {
	}

	public static void partnership(Model model, Permissions permissions) {
		PartnershipOverview overview = permissions.overview();
		model.addAttribute("overview", overview);
		model.addAttribute("permissions", permissions);
		model.addAttribute("partyNames", partyNames(overview));
		model.addAttribute("measureNames", measureNames(overview));
		model.addAttribute("adaptationTitles", adaptationTitles(overview));
		model.addAttribute("iterationTitles", iterationTitles(overview));
		model.addAttribute("partyOptions", partyOptions(overview.currentParties()));
		model.addAttribute("authorityTypes", Option.of(AuthorityType.class));
	}

	public static List<Option> partyOptions(List<Party> parties) {
		return parties.stream().map((party) -> Option.of(party.partyId(), party.name())).toList();
	}

	public static List<Option> measureOptions(PartnershipOverview overview) {
		return overview.measures().stream().map((measure) -> Option.of(measure.measureId(), measure.name())).toList();
	}

	/** Adaptations to choose from, such as those a revision or iteration rests on. */
	public static List<Option> adaptationOptions(List<Adaptation> adaptations) {
		return adaptations.stream()
			.map((adaptation) -> new Option(adaptation.adaptationId(), adaptation.title(),
					Labels.of(adaptation.category()) + ", " + Labels.of(adaptation.status()).toLowerCase()))
			.toList();
	}

	private static Map<String, String> partyNames(PartnershipOverview overview) {
		Map<String, String> names = new LinkedHashMap<>();
		overview.parties().forEach((party) -> names.put(party.partyId(), party.name()));
		return names;
	}

	private static Map<String, String> measureNames(PartnershipOverview overview) {
		Map<String, String> names = new LinkedHashMap<>();
		for (OutcomeMeasure measure : overview.measures()) {
			names.put(measure.measureId(), measure.name());
		}
		return names;
	}

	private static Map<String, String> adaptationTitles(PartnershipOverview overview) {
		Map<String, String> titles = new LinkedHashMap<>();
		overview.adaptations().forEach((adaptation) -> titles.put(adaptation.adaptationId(), adaptation.title()));
		return titles;
	}

	private static Map<String, String> iterationTitles(PartnershipOverview overview) {
		Map<String, String> titles = new LinkedHashMap<>();
		overview.iterations().forEach((iteration) -> titles.put(iteration.iterationId(), iteration.title()));
		return titles;
	}

}
