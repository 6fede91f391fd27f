package org.partnershipledger.query.partnership;

import java.time.Instant;

import org.partnershipledger.events.model.Actor;

/**
 * A party's confirmation of a held review's minutes.
 *
 * @param dissent what the party disagreed with, {@code null} when it confirmed without
 * dissent
 */
public record MinutesConfirmation(String partyId, String partyName, String dissent, Instant confirmedAt, Actor actor) {

	public boolean dissented() {
		return this.dissent != null && !this.dissent.isBlank();
	}

}
