package org.partnershipledger.query.reviews;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.validation.Errors;

import org.partnershipledger.events.health.HealthItem;
import org.partnershipledger.events.health.PartyRatings;

/**
 * One party's answers on the held-review form: one respondent's rating, 1 to 5, of each
 * of the eight items, in {@link HealthItem} order. A row left wholly blank means the
 * party gave no ratings.
 */
public class HealthRatingRow {

	private String partyId;

	private List<String> ratings = blank();

	public HealthRatingRow() {
	}

	HealthRatingRow(String partyId) {
		this.partyId = partyId;
	}

	boolean isBlank() {
		return this.ratings.stream().allMatch((rating) -> rating == null || rating.isBlank());
	}

	/**
	 * The party's ratings, rejecting each item left out or out of range under
	 * {@code field}.
	 */
	PartyRatings read(String field, String partyName, Errors errors) {
		Map<HealthItem, Integer> respondent = new EnumMap<>(HealthItem.class);
		for (HealthItem item : HealthItem.values()) {
			String rating = (item.ordinal() < this.ratings.size()) ? this.ratings.get(item.ordinal()) : null;
			Integer value = parse(rating);
			if (value == null) {
				errors.rejectValue(field + ".ratings[" + item.ordinal() + "]", "required", "Select " + partyName
						+ "\u2019s rating of " + item.label().toLowerCase(Locale.ROOT) + ", from 1 to 5");
			}
			else {
				respondent.put(item, value);
			}
		}
		return new PartyRatings(this.partyId, List.of(respondent));
	}

	private static Integer parse(String rating) {
		try {
			int value = Integer.parseInt(rating.strip());
			return (value >= 1 && value <= 5) ? value : null;
		}
		catch (NullPointerException | NumberFormatException ex) {
			return null;
		}
	}

	private static List<String> blank() {
		List<String> empty = new ArrayList<>();
		for (int i = 0; i < HealthItem.values().length; i++) {
			empty.add(null);
		}
		return empty;
	}

	public String getPartyId() {
		return this.partyId;
	}

	public void setPartyId(String partyId) {
		this.partyId = partyId;
	}

	public List<String> getRatings() {
		return this.ratings;
	}

	public void setRatings(List<String> ratings) {
		List<String> all = blank();
		if (ratings != null) {
			for (int i = 0; i < Math.min(ratings.size(), all.size()); i++) {
				all.set(i, ratings.get(i));
			}
		}
		this.ratings = all;
	}

}
