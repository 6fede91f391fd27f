package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.InstrumentType;

/**
 * {@code POST /api/v1/partnerships/{id}/alignment-instrument}: the commissioner proposes
 * the instrument of an alignment partnership, a joint decision; once every party but
 * evaluators has confirmed it, it is adopted and the partnership becomes ACTIVE.
 * {@code signatoryPartyIds} may be left out; if given, it must name exactly those
 * parties.
 */
public record AdoptAlignmentInstrumentRequest(InstrumentType instrumentType, List<String> signatoryPartyIds,
		LocalDate effectiveFrom, LocalDate reviewBy, Boolean legallyBinding, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public AdoptAlignmentInstrumentRequest {
		signatoryPartyIds = (signatoryPartyIds == null) ? List.of() : List.copyOf(signatoryPartyIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.instrumentType, "instrumentType")
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
