package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.Actor;

/**
 * That an agreed adaptation was put into effect.
 *
 * @param recordedAt the business time of the record ({@code occurredAt})
 */
public record AdaptationImplementation(LocalDate implementedOn, String notes, Instant recordedAt, Actor actor) {

}
