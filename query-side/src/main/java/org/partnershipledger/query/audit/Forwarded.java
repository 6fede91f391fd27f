package org.partnershipledger.query.audit;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipledger.audit.CanonicalJson;

/**
 * The command side's answer to an audit request, as it gave it: its status and JSON body
 * (the result, or a problem).
 */
public record Forwarded(int status, String body) {

	static final Forwarded UNAVAILABLE = new Forwarded(503, """
			{"type":"urn:partnership-ledger:problem:unavailable","title":"The command side is unavailable",\
			"status":503,"detail":"The event store did not answer. Try again shortly."}""");

	public boolean isOk() {
		return this.status >= 200 && this.status < 300;
	}

	/** The body read as the given type, decimals kept exact. */
	public <T> T as(Class<T> type) {
		try {
			return CanonicalJson.mapper().readValue(this.body, type);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The command side's answer could not be read: " + ex.getMessage(), ex);
		}
	}

	/** The problem's detail in plain words, for a page; its title when it has none. */
	public String problemDetail() {
		try {
			JsonNode problem = CanonicalJson.mapper().readTree(this.body);
			String detail = problem.path("detail").asText("");
			return detail.isBlank() ? problem.path("title").asText("The event store answered " + this.status) : detail;
		}
		catch (IOException ex) {
			return "The event store answered " + this.status;
		}
	}

}
