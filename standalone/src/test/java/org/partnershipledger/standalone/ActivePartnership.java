package org.partnershipledger.standalone;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A formal-relational partnership of the end-to-end commissioner with the end-to-end
 * charity as lead provider, built through the public API, that checks every accepted
 * command is the partnership's next version.
 */
final class ActivePartnership {

	final LedgerApi commissioner = RunningLedger.as("e2e-commissioner");

	/** A person of the charity, which confirms the joint decisions that bind it. */
	final LedgerApi provider = RunningLedger.as("e2e-provider");

	final String base;

	final String council;

	final String charity;

	private long version;

	/** Registered, charity added, assessed and the formal-relational model chosen. */
	ActivePartnership(String title) {
		this(title, true);
	}

	/**
	 * Registered, charity added, assessed and the recommended model chosen:
	 * formal-relational when money changes hands, otherwise alignment without a contract.
	 */
	ActivePartnership(String title, boolean moneyChangesHands) {
		this.base = "/api/v1/partnerships/" + this.commissioner
			.post("/api/v1/partnerships",
					Journeys.registration(title + " " + UUID.randomUUID().toString().substring(0, 8)))
			.expect(201)
			.json()
			.path("partnershipId")
			.asText();
		this.charity = accept(this.commissioner, "/parties", Journeys.charityAsLeadProvider()).path("partyId").asText();
		this.council = overview().at("/commissioningParty/partyId").asText();
		String assessment = accept(this.commissioner, "/assessments",
				Journeys.assessment(moneyChangesHands, 4, 4, 4, 3, 5, 4, 5))
			.path("assessmentId")
			.asText();
		accept(this.commissioner, "/model-choices",
				moneyChangesHands ? Journeys.choice("FORMAL_RELATIONAL_CONTRACT", "OUTCOMES_BASED", assessment)
						: Journeys.choice("ALIGNMENT_WITHOUT_CONTRACT", "NONE", assessment));
	}

	String id() {
		return this.base.substring(this.base.lastIndexOf('/') + 1);
	}

	long version() {
		return this.version;
	}

	/** Vision, principles, a board with a 10% delegation, then the contract: ACTIVE. */
	ActivePartnership activate() {
		agreeVisionPrinciplesAndGovernance();
		accept(this.commissioner, "/contract", contract());
		return this;
	}

	void agreeVisionPrinciplesAndGovernance() {
		List<String> both = List.of(this.council, this.charity);
		agreeJointly("/vision",
				Map.of("statement", "Young people leaving care have a home and someone on their side."));
		agreeJointly("/principles", Map.of("principles", List.of(Map.of("code", "HONESTY", "description",
				"We say early when things go wrong", "observableBehaviours", List.of("Open book on costs")))));
		agreeJointly("/governance", Map.of("bodies",
				List.of(Map.of("bodyId", "board", "name", "Partnership board", "tier", "STRATEGIC", "memberPartyIds",
						both, "cadence", "Quarterly", "decisionRights", "Changes within its delegation")),
				"delegations",
				List.of(Map.of("bodyId", "board", "maxValueChangePct", 10, "maxTermChangePct", 10, "allowedCategories",
						List.of("SERVICE_DESIGN_CHANGE", "SCOPE_CHANGE"))),
				"disputeLadder", List.of("JOINT_WORKING_GROUP", "SENIOR_LEADERS", "MEDIATION")));
	}

	/**
	 * A joint decision the commissioner proposes and the charity confirms: it waits for
	 * the charity alone, and is in force with its confirmation.
	 */
	JsonNode agreeJointly(String path, Object body) {
		JsonNode proposed = accept(this.commissioner, path, body);
		assertThat(proposed.path("awaitingConfirmationFrom").toString()).isEqualTo("[\"" + this.charity + "\"]");
		JsonNode confirmed = this.provider
			.post(this.base + "/joint-decisions/" + proposed.path("jointDecisionId").asText() + "/confirmation",
					Map.of("comment", "Agreed by the charity's trustees"))
			.expect(201)
			.json();
		// the confirmation and the decision it brings into force
		assertThat(confirmed.path("version").asLong()).isEqualTo(this.version + 2);
		this.version = confirmed.path("version").asLong();
		return confirmed;
	}

	Map<String, Object> contract() {
		return Map.of("dateSigned", "2026-03-20", "period",
				Map.of("startDate", "2026-04-01", "endDate", "2029-03-31", "maxExtent", "2031-03-31"), "value",
				Map.of("amount", 1500000, "currency", "GBP"), "supplierPartyIds", List.of(this.charity),
				"relationalClausesIncluded", List.of("VISION", "GUIDING_PRINCIPLES", "GOVERNANCE", "CHANGE_MECHANISM"));
	}

	/** Posts a command that must be accepted as the partnership's next version. */
	JsonNode accept(LedgerApi who, String path, Object body) {
		JsonNode accepted = who.post(this.base + path, body).expect(201).json();
		long next = accepted.path("version").asLong();
		assertThat(next).isEqualTo(this.version + 1);
		this.version = next;
		return accepted;
	}

	/** The overview once the views show the latest accepted command. */
	JsonNode overview() {
		return this.commissioner.getWhenInViews(this.base + "?minVersion=" + this.version).expect(200).json();
	}

	/** A rejected command: problem+json with the status, and nothing stored. */
	void assertRejected(LedgerApi.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(overview().path("version").asLong()).isEqualTo(this.version);
		assertThat(this.commissioner.get(this.base + "/events").expect(200).json().size()).isEqualTo(this.version + 1);
	}

}
