package org.partnershipledger.events.relational;

import java.time.LocalDate;

/** An action a review agreed: what, which party owns it, and by when (optional). */
public record ReviewAction(String description, String ownerPartyId, LocalDate dueOn) {

}
