package org.partnershipledger.query.adaptations;

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

}
