package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.Actor;

/** The contract extended within the extent its period allows. */
public record ContractExtension(LocalDate previousEndDate, LocalDate newEndDate, String reason, Instant extendedAt,
		Actor actor) {
}
