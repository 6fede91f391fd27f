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

	private final LedgerApi provider = RunningLedger.as("e2e-provider");

	private ActivePartnership partnership;

	private LedgerApi commissioner;

	private String council;

	private String charity;

	@BeforeEach
	void aFormalRelationalPartnershipWithItsModelChosen() {
		this.partnership = new ActivePartnership("Relational life");
		this.commissioner = this.partnership.commissioner;
		this.council = this.partnership.council;
		this.charity = this.partnership.charity;
	}

	@Test
	void aProviderIterationLeadsToAnAdaptationAgreedWithinDelegationImplementedAndEvaluated() {
		this.partnership.assertRejected(
				this.commissioner.post(this.partnership.base + "/contract", this.partnership.contract()), 409);

		this.partnership.activate();
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
		this.partnership.agreeJointly(path + "/agreement",
				Map.of("decidedBy", "board", "approvals", List.of(Map.of("partyId", this.council, "comment", "Agreed")),
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
		JsonNode log = this.provider.get(this.partnership.base + "/iterations").expect(200).json();
		assertThat(log.toString()).contains(iteration, adaptation);
	}

	@Test
	void anAgreementBeyondTheBodysDelegationIsRefusedNamingIt() {
		this.partnership.activate();
		String adaptation = accept(this.commissioner, "/adaptations", adaptation("SCOPE_CHANGE", 15, null))
			.path("adaptationId")
			.asText();
		LedgerApi.Response refused = this.commissioner
			.post(this.partnership.base + "/adaptations/" + adaptation + "/agreement", Map.of("decidedBy", "board",
					"approvals", List.of(Map.of("partyId", this.council, "comment", "Yes")), "conditions", List.of()));
		assertRejected(refused, 422);
		assertThat(refused.json().path("detail").asText()).contains("Partnership board");
	}

	@Test
	void aProviderCannotActForAnotherPartyAndAnAuditorCannotActAtAll() {
		this.partnership.activate();
		Map<String, Object> asTheCouncil = new java.util.HashMap<>(adaptation("SERVICE_DESIGN_CHANGE", 1, null));
		asTheCouncil.put("proposedByPartyId", this.council);
		assertRejected(this.provider.post(this.partnership.base + "/adaptations", asTheCouncil), 403);
		assertRejected(RunningLedger.as("e2e-auditor")
			.post(this.partnership.base + "/vision", Map.of("statement", "Auditors do not set visions")), 403);
		assertRejected(RunningLedger.as("e2e-auditor")
			.post(this.partnership.base + "/adaptations", adaptation("SERVICE_DESIGN_CHANGE", 1, null)), 403);
	}

	@Test
	void anAlignmentPartnershipTakesNoContractAndNoPayments() {
		this.partnership = new ActivePartnership("Alliance", false);
		this.commissioner = this.partnership.commissioner;
		assertRejected(this.commissioner.post(this.partnership.base + "/contract", this.partnership.contract()), 422);
		assertRejected(this.commissioner.post(this.partnership.base + "/outcome-measures",
				Map.of("name", "Admissions avoided", "kind", "OUTCOME", "unit", "people", "paymentLinked", true, "rate",
						Map.of("amount", 100, "currency", "GBP"))),
				422);
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

	private static JsonNode only(JsonNode array, String idField, String id) {
		for (JsonNode element : array) {
			if (id.equals(element.path(idField).asText())) {
				return element;
			}
		}
		throw new AssertionError("No " + idField + " " + id + " in " + array);
	}

	private JsonNode accept(LedgerApi who, String path, Object body) {
		return this.partnership.accept(who, path, body);
	}

	private JsonNode overview() {
		return this.partnership.overview();
	}

	private void assertRejected(LedgerApi.Response response, int status) {
		this.partnership.assertRejected(response, status);
	}

}
