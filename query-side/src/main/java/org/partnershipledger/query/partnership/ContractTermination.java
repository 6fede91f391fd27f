package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.TerminationReason;

/** How and when the contract ended, which made the partnership EXITING. */
public record ContractTermination(TerminationReason reason, LocalDate terminationDate, String explanation,
		Instant terminatedAt, Actor actor) {
}
