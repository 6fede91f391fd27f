package org.partnershipledger.query.adaptations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.query.partnership.Adaptation;

/** Narrows the adaptation register; a {@code null} field does not narrow. */
public record AdaptationFilter(AdaptationCategory category, AdaptationStatus status, AdaptationFormality formality) {

	public static final AdaptationFilter NONE = new AdaptationFilter(null, null, null);

	/** Whether an adaptation passes the filter. */
	public boolean matches(Adaptation adaptation) {
		return (this.category == null || this.category == adaptation.category())
				&& (this.status == null || this.status == adaptation.status())
				&& (this.formality == null || this.formality == adaptation.formality());
	}

	/**
	 * The filter as a condition on a stored adaptation's document, {@code null} when it
	 * does not narrow; its parameters come from {@link #params()}.
	 */
	String where() {
		List<String> conditions = new ArrayList<>();
		if (this.category != null) {
			conditions.add("document ->> 'category' = :category");
		}
		if (this.status != null) {
			conditions.add("document ->> 'status' = :status");
		}
		if (this.formality != null) {
			conditions.add("document ->> 'formality' = :formality");
		}
		return conditions.isEmpty() ? null : String.join(" and ", conditions);
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (this.category != null) {
			params.put("category", this.category.name());
		}
		if (this.status != null) {
			params.put("status", this.status.name());
		}
		if (this.formality != null) {
			params.put("formality", this.formality.name());
		}
		return params;
	}

}
