package org.partnershipledger.query.adaptations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;

/**
 * One line of the portfolio-wide adaptation register. The full adaptation is in the
 * partnership's overview ({@code GET /api/v1/partnerships/{id}/adaptations}).
 *
 * @param decidedAt when it was agreed, rejected or withdrawn (business time)
 * @param valueChangePct the expected value change in percent
 * @param termChangePct the expected term change in percent
 */
public record AdaptationRegisterEntry(String partnershipId, String partnershipTitle, String adaptationId, String title,
		AdaptationCategory category, AdaptationFormality formality, AdaptationStatus status, boolean urgent,
		String proposedByPartyId, String proposedByPartyName, Instant proposedAt, Instant decidedAt,
		LocalDate implementedOn, AdaptationEffect effect, BigDecimal valueChangePct, BigDecimal termChangePct) {

}
