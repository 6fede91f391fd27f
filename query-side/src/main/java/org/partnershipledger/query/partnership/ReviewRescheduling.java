package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.Actor;

/** One move of a review's due date, and why it moved. */
public record ReviewRescheduling(LocalDate fromDueDate, LocalDate toDueDate, String reason, Instant rescheduledAt,
		Actor actor) {

}
