package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;

/** An agreed adaptation was put into effect. */
@SchemaRevision("1")
public record AdaptationImplemented(String partnershipId, String adaptationId, LocalDate implementedOn, String notes,
		Instant occurredAt) implements PartnershipEvent {

}
