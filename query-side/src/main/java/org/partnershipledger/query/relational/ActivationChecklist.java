package org.partnershipledger.query.relational;

import java.util.List;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.PartyNames;

/**
 * What a formal-relational partnership still needs before its contract can be recorded
 * (DOMAIN.md §4 item 7): the command side refuses the contract until the shared vision,
 * guiding principles and governance are agreed, and people should see why beforehand.
 *
 * @param items each prerequisite, done or not; empty when none apply
 */
public record ActivationChecklist(List<Item> items) {

	/** One prerequisite and the page where it is recorded. */
	public record Item(String label, boolean done, String path) {

	}

	public static ActivationChecklist of(PartnershipOverview overview) {
		if (overview.chosenModel() != PartnershipModel.FORMAL_RELATIONAL_CONTRACT
				|| overview.status() != PartnershipStatus.MODEL_CHOSEN) {
			return new ActivationChecklist(List.of());
		}
		String base = "/partnerships/" + overview.partnershipId();
		return new ActivationChecklist(
				List.of(new Item("Shared vision", overview.vision() != null, base + "/vision/new"),
						new Item("Guiding principles", overview.principles() != null, base + "/principles/new"),
						new Item("Governance arrangements", overview.governance() != null, base + "/governance/new")));
	}

	public boolean applies() {
		return !this.items.isEmpty();
	}

	public boolean complete() {
		return this.items.stream().allMatch(Item::done);
	}

	public long missingCount() {
		return this.items.stream().filter((item) -> !item.done()).count();
	}

	/**
	 * The missing ones in words, like "guiding principles and governance arrangements".
	 */
	public String missing() {
		List<String> names = this.items.stream()
			.filter((item) -> !item.done())
			.map((item) -> item.label().toLowerCase())
			.toList();
		return PartyNames.inWords(names);
	}

}
