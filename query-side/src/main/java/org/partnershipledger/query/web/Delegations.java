package org.partnershipledger.query.web;

import java.util.stream.Collectors;

import org.partnershipledger.events.relational.Delegation;

/** A governance body's delegation in a sentence, for hints and the overview. */
public final class Delegations {

	private Delegations() {
	}

	public static String describe(Delegation delegation) {
		if (delegation == null) {
			return "No delegation: it cannot agree adaptations on its own";
		}
		String categories = delegation.allowedCategories()
			.stream()
			.map((category) -> Labels.of(category).toLowerCase())
			.collect(Collectors.joining(", "));
		return "May agree value changes up to " + Numbers.text(delegation.maxValueChangePct())
				+ "% and term changes up to " + Numbers.text(delegation.maxTermChangePct()) + "%, for: "
				+ (categories.isEmpty() ? "no categories" : categories);
	}

}
