package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.relational.InstrumentType;

/**
 * The parties of an alignment partnership adopted an instrument (an MoU, a charter, ...):
 * the partnership becomes ACTIVE.
 */
@SchemaRevision("1")
public record AlignmentInstrumentAdopted(String partnershipId, String instrumentId, InstrumentType instrumentType,
		List<String> signatoryPartyIds, LocalDate effectiveFrom, LocalDate reviewBy, boolean legallyBinding,
		Instant occurredAt) implements PartnershipEvent {

	public AlignmentInstrumentAdopted {
		signatoryPartyIds = List.copyOf(signatoryPartyIds);
	}

}
