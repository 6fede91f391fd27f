package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.InstrumentType;

/**
 * {@code POST /api/v1/partnerships/{id}/alignment-instrument}: the parties of an
 * alignment partnership adopted an instrument; the partnership becomes ACTIVE.
 */
public record AdoptAlignmentInstrumentRequest(InstrumentType instrumentType, List<String> signatoryPartyIds,
		LocalDate effectiveFrom, LocalDate reviewBy, Boolean legallyBinding, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public AdoptAlignmentInstrumentRequest {
		signatoryPartyIds = (signatoryPartyIds == null) ? null : List.copyOf(signatoryPartyIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.instrumentType, "instrumentType")
			.required(this.signatoryPartyIds, "signatoryPartyIds")
			.noEmptyValues(this.signatoryPartyIds, "signatoryPartyIds")
			.required(this.effectiveFrom, "effectiveFrom")
			.required(this.reviewBy, "reviewBy")
			.notBefore(this.reviewBy, this.effectiveFrom, "reviewBy",
					"The review date must not be before the date it takes effect")
			.required(this.legallyBinding, "legallyBinding")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
