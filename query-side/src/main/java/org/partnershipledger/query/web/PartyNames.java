package org.partnershipledger.query.web;

import java.util.List;

import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Party;

/**
 * Parties by name, as pages and messages show them, never an id alone where a name is
 * known.
 */
public final class PartyNames {

	private PartyNames() {
	}

	public static String of(PartnershipOverview overview, String partyId) {
		return overview.party(partyId).map(Party::name).orElse(partyId);
	}

	public static List<String> of(PartnershipOverview overview, List<String> partyIds) {
		return partyIds.stream().map((partyId) -> of(overview, partyId)).toList();
	}

	/**
	 * Names (of parties, or anything listed in a sentence) in words: "A", "A and B", "A,
	 * B and C".
	 */
	public static String inWords(List<String> names) {
		if (names.size() < 2) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}
