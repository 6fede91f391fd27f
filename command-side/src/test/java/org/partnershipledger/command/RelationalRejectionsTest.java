package org.partnershipledger.command;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.api.identity.Identity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals of the relational life answer problem+json and store nothing: the
 * partnership's row count does not move.
 */
class RelationalRejectionsTest extends RelationalIntegrationTest {

	private JsonNode refused(Setup setup, String tail, Identity identity, String body, HttpStatus status) {
		long before = storedEventsOf(setup.id());
		ResponseEntity<String> response = post(setup.path(tail), identity, body);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
		assertThat(storedEventsOf(setup.id())).as("events stored after a refused command").isEqualTo(before);
		return json(response);
	}

	@Test
	void aFormalRelationalPartnershipDoesNotBecomeActiveWithoutVisionPrinciplesAndGovernance() {
		Setup setup = formalRelationalChosen();

		JsonNode problem = refused(setup, "/contract", COMMISSIONER, contract(setup), HttpStatus.CONFLICT);

		assertThat(problem.get("detail").asText())
			.contains("still missing: a shared vision, guiding principles, governance arrangements");
	}

	@Test
	void anAlignmentPartnershipTakesNoPaymentBearingStep() {
		Setup setup = registeredWithCharity();
		String assessmentId = json(created(post(setup.path("/assessments"), COMMISSIONER,
				Bodies.assessment(5, 4, 4, 4, 5, 3, 5)
					.replace("\"moneyChangesHands\": true", "\"moneyChangesHands\": false"))))
			.get("assessmentId")
			.asText();
		created(post(setup.path("/model-choices"), COMMISSIONER,
				Bodies.choice("ALIGNMENT_WITHOUT_CONTRACT", "NONE", assessmentId)));

		JsonNode measure = refused(setup, "/outcome-measures", COMMISSIONER,
				"{\"name\": \"People housed\", \"kind\": \"OUTCOME\", \"unit\": \"people\", \"paymentLinked\": true, "
						+ "\"rate\": {\"amount\": 1500, \"currency\": \"GBP\"}}",
				HttpStatus.UNPROCESSABLE_ENTITY);
		JsonNode contract = refused(setup, "/contract", COMMISSIONER, contract(setup), HttpStatus.UNPROCESSABLE_ENTITY);

		assertThat(measure.get("detail").asText()).containsIgnoringCase("no payments on an alignment partnership");
		assertThat(measure.get("errors").findValuesAsText("field")).containsExactly("paymentLinked", "rate");
		assertThat(contract.get("detail").asText()).contains("alignment partnership has no contract");
	}

	@Test
	void anAgreementBeyondTheDelegationIsRefusedNamingTheDelegation() {
		Setup setup = formalRelationalActive();
		String adaptationId = json(
				created(post(setup.path("/adaptations"), PROVIDER, proposal(setup, "12", "it-none"))))
			.get("adaptationId")
			.asText();

		JsonNode problem = refused(setup, "/adaptations/" + adaptationId + "/agreement", COMMISSIONER, agreement(setup),
				HttpStatus.UNPROCESSABLE_ENTITY);

		assertThat(problem.get("detail").asText())
			.contains("beyond the delegation of Partnership Board: value change 12% exceeds its limit of 10%");
		assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("decidedBy");
	}

	@Test
	void aProviderCannotActForAnotherParty() {
		Setup setup = formalRelationalActive();

		refused(setup, "/iterations", PROVIDER, iteration(setup.councilPartyId()), HttpStatus.FORBIDDEN);
	}

	@Test
	void anAuditorIssuingAnyCommandChangesNothing() {
		Setup setup = formalRelationalActive();
		Map<String, String> commands = Map.of("/vision",
				"{\"statement\": \"A vision\", \"agreedByPartyIds\": " + setup.parties() + "}", "/outcome-measures",
				"{\"name\": \"People housed\", \"kind\": \"OUTCOME\", \"unit\": \"people\"}", "/adaptations",
				proposal(setup, "1", "it-none"), "/iterations", iteration(null),
				"/parties/" + setup.charityPartyId() + "/departure", "{\"reason\": \"Leaving\"}");

		for (String tail : List.copyOf(commands.keySet())) {
			JsonNode problem = refused(setup, tail, AUDITOR, commands.get(tail), HttpStatus.FORBIDDEN);
			assertThat(problem.get("detail").asText()).contains("auditor");
		}
	}

	@Test
	void aPersonOfAnOrganisationThatIsNoPartyLearnsNothing() {
		Setup setup = formalRelationalActive();

		refused(setup, "/adaptations", OUTSIDER, proposal(setup, "1", "it-none"), HttpStatus.NOT_FOUND);
	}

}
