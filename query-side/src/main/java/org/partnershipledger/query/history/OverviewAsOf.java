package org.partnershipledger.query.history;

import java.util.List;

import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * A partnership as it stood at a moment on one axis.
 *
 * @param recordedLater the events in effect by then but recorded after it: where the two
 * axes differ; empty when they agree
 * @param notApplied events in effect by then that could not be applied without an event
 * that took effect later (for example a step of an adaptation back-dated before its
 * proposal), with why; they are left out of the effective view
 */
public record OverviewAsOf(PartnershipOverview overview, AsOf asOf, List<LateEvent> recordedLater,
		List<LateEvent> notApplied) {

	public OverviewAsOf {
		recordedLater = List.copyOf(recordedLater);
		notApplied = List.copyOf(notApplied);
	}

	public boolean axesDiffer() {
		return !this.recordedLater.isEmpty();
	}

}
