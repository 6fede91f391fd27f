package org.partnershipledger.command;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The later life of a partnership through the internal API: a formal variation recorded
 * and implemented, outcomes reported, verified and paid, a dispute escalated along the
 * ladder and resolved, the contract terminated and the partnership closed; afterwards
 * only notices and audit findings are accepted. Every answer is 201 with a Location on
 * the public API; refusals store nothing.
 */
class ExitJourneyTest extends RelationalIntegrationTest {

	private ResponseEntity<String> createdAt(Setup setup, String tail, Identity identity, String body,
			String location) {
		ResponseEntity<String> response = created(post(setup.path(tail), identity, body));
		assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/partnerships/" + setup.id() + location);
		return response;
	}

	private JsonNode refused(Setup setup, String tail, Identity identity, String body, HttpStatus status) {
		long before = storedEventsOf(setup.id());
		ResponseEntity<String> response = post(setup.path(tail), identity, body);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
		assertThat(storedEventsOf(setup.id())).as("events stored after a refused command").isEqualTo(before);
		return json(response);
	}

	@Test
	void fromAContractVariationThroughOutcomePaymentsAndADisputeToClosureAndAudit() {
		Setup setup = formalRelationalActive();
		String adaptationId = json(created(post(setup.path("/adaptations"), PROVIDER,
				proposal(setup, "2.5", "it-1").replace("\"OPERATIONAL\"", "\"FORMAL_VARIATION\""))))
			.get("adaptationId")
			.asText();
		agreedWithTheCharity(setup, "/adaptations/" + adaptationId + "/agreement", agreement(setup));
		refused(setup, "/adaptations/" + adaptationId + "/implementation", PROVIDER,
				"{\"implementedOn\": \"2025-11-01\"}", HttpStatus.CONFLICT);
		String variation = "{\"sourceAdaptationId\": \"" + adaptationId + "\", \"category\": "
				+ "\"SERVICE_DESIGN_CHANGE\", \"legalGround\": \"LIGHT_TOUCH_FREE_MODIFICATION\", \"valueAfter\": "
				+ "{\"amount\": 5125000, \"currency\": \"GBP\"}, \"termEndAfter\": \"2030-04-30\", "
				+ "\"effectiveDate\": \"2025-11-01\", \"contractChangeNoticeRequired\": true, "
				+ "\"noticeReference\": \"UK10-1\", \"noticePublishedOn\": \"%s\"}";
		JsonNode late = refused(setup, "/contract-variations", COMMISSIONER, variation.formatted("2025-11-01"),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(late.get("errors").findValuesAsText("field")).containsExactly("noticePublishedOn");
		ResponseEntity<String> varied = created(
				post(setup.path("/contract-variations"), COMMISSIONER, variation.formatted("2025-10-20")));
		String variationId = json(varied).get("variationId").asText();
		assertThat(varied.getHeaders().getLocation())
			.hasToString("/api/v1/partnerships/" + setup.id() + "/contract-variations/" + variationId);
		created(post(setup.path("/adaptations/" + adaptationId + "/implementation"), PROVIDER,
				"{\"implementedOn\": \"2025-11-01\"}"));

		String measureId = json(created(post(setup.path("/outcome-measures"), COMMISSIONER,
				"{\"name\": \"People housed\", \"kind\": \"OUTCOME\", \"unit\": \"people\", \"paymentLinked\": true, "
						+ "\"rate\": {\"amount\": 1500, \"currency\": \"GBP\"}}")))
			.get("measureId")
			.asText();
		String report = "{\"measureId\": \"" + measureId + "\", \"period\": {\"startDate\": \"2025-07-01\", "
				+ "\"endDate\": \"2025-09-30\"}, \"value\": 42, \"cohortDescription\": \"%s\"}";
		refused(setup, "/outcome-reports", PROVIDER, report.formatted("Jo Smith, jo@example.org"),
				HttpStatus.BAD_REQUEST);
		String reportId = json(created(post(setup.path("/outcome-reports"), PROVIDER,
				report.formatted("People housed 6 months, cohort 2025-Q3"))))
			.get("reportId")
			.asText();
		String payment = "{\"kind\": \"OUTCOME\", \"amount\": {\"amount\": 63000, \"currency\": \"GBP\"}, "
				+ "\"dueOn\": \"2025-11-30\", \"linkedReportIds\": [\"" + reportId + "\"]}";
		refused(setup, "/payments", COMMISSIONER, payment, HttpStatus.UNPROCESSABLE_ENTITY);
		createdAt(setup, "/outcome-reports/" + reportId + "/verification", COMMISSIONER, "{}",
				"/outcome-reports/" + reportId);
		ResponseEntity<String> scheduled = created(post(setup.path("/payments"), COMMISSIONER, payment));
		String paymentId = json(scheduled).get("paymentId").asText();
		assertThat(scheduled.getHeaders().getLocation())
			.hasToString("/api/v1/partnerships/" + setup.id() + "/payments/" + paymentId);
		String made = "{\"amount\": {\"amount\": 63000, \"currency\": \"GBP\"}, \"paidOn\": \"2025-11-28\"}";
		createdAt(setup, "/payments/" + paymentId + "/made", COMMISSIONER, made, "/payments/" + paymentId);
		createdAt(setup, "/payments/" + paymentId + "/adjustments", COMMISSIONER,
				"{\"kind\": \"SERVICE_CREDIT\", \"amount\": {\"amount\": 1500, \"currency\": \"GBP\"}, "
						+ "\"reason\": \"Counted twice\"}",
				"/payments/" + paymentId);

		String disputeId = json(created(post(setup.path("/disputes"), PROVIDER,
				"{\"withPartyIds\": [\"" + setup.councilPartyId() + "\"], \"subject\": \"Late payments\", "
						+ "\"principlesAllegedlyBreached\": [\"RECIPROCITY\"]}")))
			.get("disputeId")
			.asText();
		JsonNode skipped = refused(setup, "/disputes/" + disputeId + "/escalation", PROVIDER,
				"{\"toStep\": \"MEDIATION\", \"reason\": \"Stuck\"}", HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(skipped.get("detail").asText()).contains("JOINT_WORKING_GROUP → SENIOR_LEADERS");
		createdAt(setup, "/disputes/" + disputeId + "/escalation", PROVIDER,
				"{\"toStep\": \"SENIOR_LEADERS\", \"reason\": \"Stuck\"}", "/disputes/" + disputeId);
		confirmedByTheCharity(setup,
				createdAt(setup, "/disputes/" + disputeId + "/resolution", COMMISSIONER,
						"{\"agreedByPartyIds\": " + setup.parties() + ", \"resolution\": \"14-day payment cycle\"}",
						"/disputes/" + disputeId));

		created(post(setup.path("/contract/termination"), COMMISSIONER,
				"{\"reason\": \"EARLY_BY_AGREEMENT\", \"terminationDate\": \"2026-03-31\"}"));
		createdAt(setup, "/closure", COMMISSIONER,
				"{\"closedOn\": \"2026-06-30\", \"summary\": \"Closed well\", \"lessons\": [\"Share data early\"]}",
				"");
		refused(setup, "/adaptations", PROVIDER, proposal(setup, "1", "it-1"), HttpStatus.CONFLICT);
		refused(setup, "/adaptations", OUTSIDER, proposal(setup, "1", "it-1"), HttpStatus.NOT_FOUND);
		created(post(setup.path("/transparency-notices"), COMMISSIONER,
				"{\"noticeType\": \"UK11\", " + "\"reference\": \"UK11-1\", \"publishedOn\": \"2026-04-01\"}"));
		String findingId = json(created(post(setup.path("/audit-findings"), AUDITOR,
				"{\"scope\": \"The whole life\", \"asOf\": \"2026-06-30\", \"finding\": \"Notice was late\", "
						+ "\"severity\": \"LOW\", \"eventRefs\": []}")))
			.get("findingId")
			.asText();
		createdAt(setup, "/audit-findings/" + findingId + "/response", COMMISSIONER,
				"{\"response\": \"Accepted\", \"accepted\": true}", "/audit-findings/" + findingId);

		List<ConsumerRecord<String, String>> records = topic().awaitRecords(setup.id(),
				(int) storedEventsOf(setup.id()), Duration.ofSeconds(30));
		List<EventEnvelope> envelopes = records.stream()
			.map((record) -> LedgerJson.read(record.value(), EventEnvelope.class))
			.toList();
		EventEnvelope variationEvent = envelopes.stream()
			.filter((envelope) -> envelope.type().equals("ContractVaried"))
			.findFirst()
			.orElseThrow();
		assertThat(variationEvent.payload().get("valueChangePct").decimalValue()).isEqualByComparingTo("2.5");
		assertThat(envelopes).extracting(EventEnvelope::type)
			.endsWith("PartnershipClosed", "TransparencyNoticeRecorded", "AuditFindingRaised", "AuditFindingResponded");
		EventEnvelope finding = envelopes.get(envelopes.size() - 2);
		assertThat(finding.actor().role().name()).isEqualTo("AUDITOR");
	}

}
