package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.InstrumentType;

/** The instrument an alignment partnership adopted instead of a contract. */
public record AlignmentInstrument(String instrumentId, InstrumentType instrumentType, List<String> signatoryPartyIds,
		LocalDate effectiveFrom, LocalDate reviewBy, boolean legallyBinding, Instant adoptedAt, Instant recordedAt,
		Actor actor) {

	public AlignmentInstrument {
		signatoryPartyIds = (signatoryPartyIds == null) ? List.of() : List.copyOf(signatoryPartyIds);
	}

}
