package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * A command's request body, the same on the public API and on the command side's internal
 * API. Every command may carry a business date and an authority.
 */
public interface LedgerRequest {

	/** When it happened (business date, may be back-dated); {@code null} means now. */
	Instant occurredAt();

	/** Under what authority; {@code null} means none stated. */
	Authority authority();

	/**
	 * Why a business date is earlier than the latest assessment, for the commands whose
	 * dates make a reassessment due (DOMAIN.md §4, business dates); {@code null} when
	 * none is stated or the command takes none.
	 */
	default String backdatingReason() {
		return null;
	}

	/** Everything wrong with the request's fields; empty when it is well-formed. */
	List<FieldProblem> problems(Clock clock);

}
