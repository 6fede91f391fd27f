package org.partnershipledger.events;

import java.time.Instant;

import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.Period;

/**
 * A commissioner registered a partnership. The registering person's organisation is the
 * commissioning party: the first party, with role COMMISSIONER.
 */
@SchemaRevision("1")
public record PartnershipRegistered(String partnershipId, String title, String description, String serviceArea,
		PartyRef commissioningParty, LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue,
		String predecessorPartnershipId, String ocid, Instant occurredAt) implements PartnershipEvent {

}
