package org.partnershipledger.standalone;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relational life of a formal-relational partnership through the public API of the
 * running system: set up with vision, principles and governance before its contract; a
 * provider's iteration leads to an adaptation the provider proposes, the board agrees
 * within its delegation, the provider implements and the commissioner evaluates.
 * Rejections store nothing.
 */
class RelationalLifeEndToEndTest {

	private final LedgerApi commissioner = RunningLedger.as("e2e-commissioner");

	private final LedgerApi provider = RunningLedger.as("e2e-provider");

	private String base;

	private String council;

	private String charity;

	private long version;

	@BeforeEach
	void aFormalRelationalPartnershipWithItsModelChosen() {
		this.base = "/api/v1/partnerships/" + this.commissioner
			.post("/api/v1/partnerships", Journeys.registration("Relational life " + UUID.randomUUID()))
			.expect(201)
			.json()
			.path("partnershipId")
			.asText();
		this.charity = accept(this.commissioner, "/parties", Journeys.charityAsLeadProvider()).path("partyId").asText();
		this.council = this.commissioner.get(this.base + "?minVersion=" + this.version)
			.expect(200)
			.json()
			.at("/commissioningParty/partyId")
			.asText();
		String assessment = accept(this.commissioner, "/assessments", Journeys.assessment(true, 4, 4, 4, 3, 5, 4, 5))
			.path("assessmentId")
			.asText();
		accept(this.commissioner, "/model-choices",
				Journeys.choice("FORMAL_RELATIONAL_CONTRACT", "OUTCOMES_BASED", assessment));
	}

	@Test
	void aProviderIterationLeadsToAnAdaptationAgreedWithinDelegationImplementedAndEvaluated() {
		assertRejected(this.commissioner.post(this.base + "/contract", contract()), 409, null);

		agreeVisionPrinciplesAndGovernance();
		accept(this.commissioner, "/contract", contract());
		assertThat(overview().path("status").asText()).isEqualTo("ACTIVE");

		String iteration = accept(this.provider, "/iterations",
				Map.of("title", "Key workers on call at weekends", "hypothesis",
						"We believe weekend key workers for new tenants will achieve fewer lost tenancies; "
								+ "we will know when tenancies lost in month one move by 20% within three months",
						"changeDescription", "Two key workers on call on Saturdays and Sundays", "cohortOrScope",
						"Tenants in their first month", "startedOn", "2026-05-01", "plannedEndOn", "2026-07-31",
						"withinAgreedFlexibility", true))
			.path("iterationId")
			.asText();
		accept(this.provider, "/iterations/" + iteration + "/conclusion",
				Map.of("endedOn", "2026-07-31", "result", "VALIDATED", "decision", "ADOPT", "learningSummary",
						"Lost tenancies in month one fell from 9 to 4; tenants valued a named contact.", "evidence",
						List.of("QUANTITATIVE", "USER_FEEDBACK")));

		String adaptation = accept(this.provider, "/adaptations", adaptation("SERVICE_DESIGN_CHANGE", 3, iteration))
			.path("adaptationId")
			.asText();
		String path = "/adaptations/" + adaptation;
		accept(this.commissioner, path + "/assessment", Map.of("legalGround", "LIGHT_TOUCH_FREE_MODIFICATION",
				"substantialModificationRisk", "LOW", "contractChangeNoticeRequired", false, "notes", "Within budget"));
		accept(this.commissioner, path + "/agreement",
				Map.of("decidedBy", "board", "approvals",
						List.of(Map.of("partyId", this.council, "comment", "Agreed"),
								Map.of("partyId", this.charity, "comment", "We will staff it")),
						"conditions", List.of("Report at each board")));
		accept(this.provider, path + "/implementation", Map.of("implementedOn", "2026-08-15", "notes", "Rota live"));
		accept(this.commissioner, path + "/evaluation",
				Map.of("effect", "EFFECTIVE", "evidence", "Lost tenancies stayed low for a quarter"));

		JsonNode seen = overview();
		JsonNode adapted = only(seen.path("adaptations"), "adaptationId", adaptation);
		assertThat(adapted.path("status").asText()).isEqualTo("EVALUATED");
		assertThat(adapted.path("category").asText()).isEqualTo("SERVICE_DESIGN_CHANGE");
		JsonNode iterated = only(seen.path("iterations"), "iterationId", iteration);
		assertThat(iterated.toString()).contains("VALIDATED", "ADOPT");

		JsonNode register = this.commissioner.get("/api/v1/adaptations?category=SERVICE_DESIGN_CHANGE")
			.expect(200)
			.json();
		assertThat(register.toString()).contains(adaptation);
		assertThat(this.commissioner.get("/api/v1/adaptations?status=REJECTED").expect(200).json().toString())
			.doesNotContain(adaptation);
		assertThat(RunningLedger.as("e2e-other-commissioner").get("/api/v1/adaptations").expect(200).json().toString())
			.doesNotContain(adaptation);
		JsonNode log = this.provider.get(this.base + "/iterations").expect(200).json();
		assertThat(log.toString()).contains(iteration, adaptation);
	}

	@Test
	void anAgreementBeyondTheBodysDelegationIsRefusedNamingIt() {
		agreeVisionPrinciplesAndGovernance();
		accept(this.commissioner, "/contract", contract());
		String adaptation = accept(this.commissioner, "/adaptations", adaptation("SCOPE_CHANGE", 15, null))
			.path("adaptationId")
			.asText();
		LedgerApi.Response refused = this.commissioner.post(this.base + "/adaptations/" + adaptation + "/agreement",
				Map.of("decidedBy", "board", "approvals", List.of(Map.of("partyId", this.council, "comment", "Yes"),
						Map.of("partyId", this.charity, "comment", "Yes")), "conditions", List.of()));
		assertRejected(refused, 422, null);
		assertThat(refused.json().path("detail").asText()).contains("Partnership board");
	}

	@Test
	void aProviderCannotActForAnotherPartyAndAnAuditorCannotActAtAll() {
		agreeVisionPrinciplesAndGovernance();
		accept(this.commissioner, "/contract", contract());
		Map<String, Object> asTheCouncil = new java.util.HashMap<>(adaptation("SERVICE_DESIGN_CHANGE", 1, null));
		asTheCouncil.put("proposedByPartyId", this.council);
		assertRejected(this.provider.post(this.base + "/adaptations", asTheCouncil), 403, null);
		assertRejected(RunningLedger.as("e2e-auditor")
			.post(this.base + "/vision",
					Map.of("statement", "Auditors do not set visions", "agreedByPartyIds", List.of(this.council))),
				403, null);
		assertRejected(RunningLedger.as("e2e-auditor")
			.post(this.base + "/adaptations", adaptation("SERVICE_DESIGN_CHANGE", 1, null)), 403, null);
	}

	@Test
	void anAlignmentPartnershipTakesNoContractAndNoPayments() {
		this.base = "/api/v1/partnerships/"
				+ this.commissioner.post("/api/v1/partnerships", Journeys.registration("Alliance " + UUID.randomUUID()))
					.expect(201)
					.json()
					.path("partnershipId")
					.asText();
		this.version = 0;
		String assessment = accept(this.commissioner, "/assessments", Journeys.assessment(false, 5, 4, 4, 4, 5, 3, 5))
			.path("assessmentId")
			.asText();
		accept(this.commissioner, "/model-choices", Journeys.choice("ALIGNMENT_WITHOUT_CONTRACT", "NONE", assessment));
		assertRejected(this.commissioner.post(this.base + "/contract", contract()), 422, null);
		assertRejected(this.commissioner.post(this.base + "/outcome-measures",
				Map.of("name", "Admissions avoided", "kind", "OUTCOME", "unit", "people", "paymentLinked", true, "rate",
						Map.of("amount", 100, "currency", "GBP"))),
				422, null);
	}

	private void agreeVisionPrinciplesAndGovernance() {
		List<String> both = List.of(this.council, this.charity);
		accept(this.commissioner, "/vision", Map.of("statement",
				"Young people leaving care have a home and someone on their side.", "agreedByPartyIds", both));
		accept(this.commissioner, "/principles",
				Map.of("principles", List.of(Map.of("code", "HONESTY", "description",
						"We say early when things go wrong", "observableBehaviours", List.of("Open book on costs"))),
						"agreedByPartyIds", both));
		accept(this.commissioner, "/governance", Map.of("bodies",
				List.of(Map.of("bodyId", "board", "name", "Partnership board", "tier", "STRATEGIC", "memberPartyIds",
						both, "cadence", "Quarterly", "decisionRights", "Changes within its delegation")),
				"delegations",
				List.of(Map.of("bodyId", "board", "maxValueChangePct", 10, "maxTermChangePct", 10, "allowedCategories",
						List.of("SERVICE_DESIGN_CHANGE", "SCOPE_CHANGE"))),
				"disputeLadder", List.of("JOINT_WORKING_GROUP", "SENIOR_LEADERS", "MEDIATION"), "agreedByPartyIds",
				both));
	}

	private Map<String, Object> contract() {
		return Map.of("dateSigned", "2026-03-20", "period",
				Map.of("startDate", "2026-04-01", "endDate", "2029-03-31", "maxExtent", "2031-03-31"), "value",
				Map.of("amount", 1500000, "currency", "GBP"), "supplierPartyIds",
				this.charity == null ? List.of() : List.of(this.charity), "relationalClausesIncluded",
				List.of("VISION", "GUIDING_PRINCIPLES", "GOVERNANCE", "CHANGE_MECHANISM"));
	}

	private Map<String, Object> adaptation(String category, int valueChangePct, String iteration) {
		return Map.of("category", category, "formality", "GOVERNANCE_DECISION", "title", "Weekend key workers",
				"description", "Key workers on call at weekends for new tenants.", "rationale",
				"The iteration validated it.", "triggerRefs", iteration == null ? List.of() : List.of(iteration),
				"expectedImpact",
				Map.of("valueChangePct", valueChangePct, "termChangePct", 0, "scopeSummary", "Weekend cover"),
				"affectedPartyIds", List.of(this.council, this.charity), "proposedEffectiveDate", "2026-08-15",
				"urgent", false);
	}

	/** Posts a command that must be accepted as the partnership's next version. */
	private JsonNode accept(LedgerApi who, String path, Object body) {
		JsonNode accepted = who.post(this.base + path, body).expect(201).json();
		long next = accepted.path("version").asLong();
		assertThat(next).isEqualTo(this.version + 1);
		this.version = next;
		return accepted;
	}

	private JsonNode overview() {
		return this.commissioner.get(this.base + "?minVersion=" + this.version).expect(200).json();
	}

	private static JsonNode only(JsonNode array, String idField, String id) {
		for (JsonNode element : array) {
			if (id.equals(element.path(idField).asText())) {
				return element;
			}
		}
		throw new AssertionError("No " + idField + " " + id + " in " + array);
	}

	private void assertRejected(LedgerApi.Response response, int status, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		if (field != null) {
			assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
		}
		assertThat(overview().path("version").asLong()).isEqualTo(this.version);
		assertThat(this.commissioner.get(this.base + "/events").expect(200).json().size()).isEqualTo(this.version + 1);
	}

}
