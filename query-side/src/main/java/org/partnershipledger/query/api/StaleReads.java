package org.partnershipledger.query.api;

import org.springframework.http.ResponseEntity;

/** Marks an answer that has not reached the version the client asked for. */
public final class StaleReads {

	/** The header set to {@code true} on such an answer. */
	public static final String HEADER = "X-Ledger-Stale";

	private StaleReads() {
	}

	public static <T> ResponseEntity<T> ok(T body, boolean stale) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (stale) {
			response.header(HEADER, "true");
		}
		return response.body(body);
	}

}
