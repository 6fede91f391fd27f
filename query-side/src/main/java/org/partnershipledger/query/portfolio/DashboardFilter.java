package org.partnershipledger.query.portfolio;

import org.partnershipledger.events.framework.PartnershipModel;

/**
 * Narrows the dashboard's list of partnerships; a {@code null} field does not narrow.
 *
 * @param justified {@code true}: divergent with a justification; {@code false}: divergent
 * without one
 */
public record DashboardFilter(PartnershipModel chosenModel, Boolean divergent, Boolean justified) {

	public static final DashboardFilter NONE = new DashboardFilter(null, null, null);

	boolean matches(DashboardEntry entry) {
		return (this.chosenModel == null || this.chosenModel == entry.chosenModel())
				&& (this.divergent == null || this.divergent == entry.divergent())
				&& (this.justified == null || (entry.divergent() && this.justified.equals(entry.justified())));
	}

	/** Whether any field narrows. */
	public boolean narrows() {
		return this.chosenModel != null || this.divergent != null || this.justified != null;
	}

}
