package org.partnershipledger.query.portfolio;

import org.partnershipledger.events.framework.PartnershipModel;

/**
 * Narrows the dashboard's list of partnerships; a {@code null} field does not narrow.
 *
 * @param justified {@code true}: divergent with a justification; {@code false}: divergent
 * without one
 * @param overdue {@code true}: with a review overdue; {@code false}: none overdue
 * @param redHealth {@code true}: the latest relational health check was RED;
 * {@code false}: it was not, or none was held
 * @param reassessmentDue {@code true}: a reassessment is due; {@code false}: it is not
 */
public record DashboardFilter(PartnershipModel chosenModel, Boolean divergent, Boolean justified, Boolean overdue,
		Boolean redHealth, Boolean reassessmentDue) {

	public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, null, null);

	/** A filter on the models and divergence only. */
	public DashboardFilter(PartnershipModel chosenModel, Boolean divergent, Boolean justified) {
		this(chosenModel, divergent, justified, null, null, null);
	}

	boolean matches(DashboardEntry entry) {
		return (this.chosenModel == null || this.chosenModel == entry.chosenModel())
				&& (this.divergent == null || this.divergent == entry.divergent())
				&& (this.justified == null || (entry.divergent() && this.justified.equals(entry.justified())))
				&& (this.overdue == null || this.overdue == entry.overdue())
				&& (this.redHealth == null || this.redHealth == entry.redHealth())
				&& (this.reassessmentDue == null || this.reassessmentDue == entry.reassessment().due());
	}

	/** Whether any field narrows. */
	public boolean narrows() {
		return this.chosenModel != null || this.divergent != null || this.justified != null || this.overdue != null
				|| this.redHealth != null || this.reassessmentDue != null;
	}

}
