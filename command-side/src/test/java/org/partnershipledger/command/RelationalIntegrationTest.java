package org.partnershipledger.command;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sets partnerships up through the internal API for the tests of their relational life: a
 * formal-relational one with its basis and contract, or an alignment one.
 */
abstract class RelationalIntegrationTest extends CommandSideIntegrationTest {

	protected static final Identity AUDITOR = new Identity("audrey", "Audrey Auditor", UserRole.AUDITOR,
			new Organisation("National Audit Office", new OrganisationIdentifier("GB-GOR", "PB9")));

	protected static final String HYPOTHESIS = "We believe evening sessions for people in work will achieve higher "
			+ "attendance; we will know when attendance moves by 15% within 8 weeks";

	/** A partnership registered with the charity as lead provider. */
	protected record Setup(String id, String councilPartyId, String charityPartyId) {

		String path(String tail) {
			return "/internal/v1/partnerships/" + this.id + tail;
		}

		String parties() {
			return "[\"" + this.councilPartyId + "\", \"" + this.charityPartyId + "\"]";
		}

	}

	protected Setup registeredWithCharity() {
		String id = json(created(post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER))).get("partnershipId")
			.asText();
		String charity = json(
				created(post("/internal/v1/partnerships/" + id + "/parties", COMMISSIONER, Bodies.ADD_CHARITY)))
			.get("partyId")
			.asText();
		byte[] payload = this.jdbc
			.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = 0")
			.param("id", id)
			.query(byte[].class)
			.single();
		String council = LedgerJson.read(new String(payload, java.nio.charset.StandardCharsets.UTF_8), JsonNode.class)
			.at("/commissioningParty/partyId")
			.asText();
		return new Setup(id, council, charity);
	}

	/** Assessed (formal-relational recommended) and formal-relational chosen. */
	protected Setup formalRelationalChosen() {
		Setup setup = registeredWithCharity();
		String assessmentId = json(
				created(post(setup.path("/assessments"), COMMISSIONER, Bodies.assessment(4, 4, 4, 3, 5, 4, 5))))
			.get("assessmentId")
			.asText();
		created(post(setup.path("/model-choices"), COMMISSIONER,
				Bodies.choice("FORMAL_RELATIONAL_CONTRACT", "OUTCOMES_BASED", assessmentId)));
		return setup;
	}

	/**
	 * A joint decision the commissioner proposes, waiting for the charity alone,
	 * confirmed by the charity's provider: answers the confirmation.
	 */
	protected ResponseEntity<String> agreedWithTheCharity(Setup setup, String tail, String body) {
		return confirmedByTheCharity(setup, created(post(setup.path(tail), COMMISSIONER, body)));
	}

	/**
	 * The charity's provider confirms the joint decision proposed, which waited for the
	 * charity alone: answers the confirmation.
	 */
	protected ResponseEntity<String> confirmedByTheCharity(Setup setup, ResponseEntity<String> proposed) {
		JsonNode accepted = json(proposed);
		assertThat(accepted.get("awaitingConfirmationFrom")).as(proposed.getBody())
			.extracting(JsonNode::asText)
			.containsExactly(setup.charityPartyId());
		return created(
				post(setup.path("/joint-decisions/" + accepted.get("jointDecisionId").asText() + "/confirmation"),
						PROVIDER, "{}"));
	}

	/**
	 * Vision, principles and governance (the board may agree service design changes up to
	 * 10%), each proposed by the commissioner and confirmed by the charity.
	 */
	protected void agreeBasis(Setup setup) {
		agreedWithTheCharity(setup, "/vision",
				"{\"statement\": \"No one sleeps rough twice\", " + "\"agreedByPartyIds\": " + setup.parties() + "}");
		agreedWithTheCharity(setup, "/principles",
				"{\"principles\": [{\"code\": \"HONESTY\", \"description\": \"We share bad news early\", "
						+ "\"observableBehaviours\": [\"Risks raised at the next meeting\"]}], \"agreedByPartyIds\": "
						+ setup.parties() + "}");
		agreedWithTheCharity(setup, "/governance", "{\"bodies\": [{\"bodyId\": \"board\", "
				+ "\"name\": \"Partnership Board\", \"tier\": \"STRATEGIC\", \"memberPartyIds\": " + setup.parties()
				+ ", \"cadence\": \"Quarterly\", \"decisionRights\": \"Service changes\"}], \"delegations\": "
				+ "[{\"bodyId\": \"board\", \"maxValueChangePct\": 10, \"maxTermChangePct\": 10, "
				+ "\"allowedCategories\": [\"SERVICE_DESIGN_CHANGE\"]}], "
				+ "\"disputeLadder\": [\"JOINT_WORKING_GROUP\", \"SENIOR_LEADERS\"], \"agreedByPartyIds\": "
				+ setup.parties() + "}");
	}

	protected static String contract(Setup setup) {
		return "{\"dateSigned\": \"2025-04-10\", \"period\": {\"startDate\": \"2025-05-01\", "
				+ "\"endDate\": \"2030-04-30\"}, \"value\": {\"amount\": 5000000, \"currency\": \"GBP\"}, "
				+ "\"supplierPartyIds\": [\"" + setup.charityPartyId() + "\"], "
				+ "\"relationalClausesIncluded\": [\"VISION\", \"GUIDING_PRINCIPLES\", \"GOVERNANCE\"]}";
	}

	/** A formal-relational partnership, ACTIVE under its contract. */
	protected Setup formalRelationalActive() {
		Setup setup = formalRelationalChosen();
		agreeBasis(setup);
		created(post(setup.path("/contract"), COMMISSIONER, contract(setup)));
		return setup;
	}

	protected static String proposal(Setup setup, String valueChangePct, String triggerRef) {
		return "{\"category\": \"SERVICE_DESIGN_CHANGE\", \"formality\": \"OPERATIONAL\", "
				+ "\"title\": \"Evening sessions\", \"description\": \"Move two sessions to the evening\", "
				+ "\"rationale\": \"The iteration showed people in work come in the evening\", \"triggerRefs\": [\""
				+ triggerRef + "\"], \"expectedImpact\": {\"valueChangePct\": " + valueChangePct
				+ ", \"termChangePct\": 0, \"scopeSummary\": \"Same hours\"}, \"affectedPartyIds\": " + setup.parties()
				+ ", \"principlesInvoked\": [\"RECIPROCITY\"], " + "\"proposedEffectiveDate\": \"2025-10-01\"}";
	}

	/**
	 * The board's agreement the commissioner proposes, with its own party's approval
	 * only: each other party it binds confirms it itself.
	 */
	protected static String agreement(Setup setup) {
		return "{\"decidedBy\": \"board\", \"approvals\": [{\"partyId\": \"" + setup.councilPartyId()
				+ "\", \"comment\": \"Agreed at the board\"}]}";
	}

	protected static String iteration(String providerPartyId) {
		return "{" + ((providerPartyId == null) ? "" : "\"providerPartyId\": \"" + providerPartyId + "\", ")
				+ "\"title\": \"Evening drop-in\", \"hypothesis\": \"" + HYPOTHESIS + "\", "
				+ "\"changeDescription\": \"One session moved to 18:00\", \"cohortOrScope\": \"Central hub\", "
				+ "\"startedOn\": \"2025-06-01\", \"plannedEndOn\": \"2025-07-27\", \"withinAgreedFlexibility\": true}";
	}

	/** Schedules a board review through the internal API; answers its id. */
	protected String scheduleBoardReview(Setup setup, LocalDate dueDate, int graceDays) {
		return json(
				created(post(setup.path("/reviews"), COMMISSIONER,
						"{\"type\": \"PARTNERSHIP_BOARD_REVIEW\", \"dueDate\": \"" + dueDate + "\", \"graceDays\": "
								+ graceDays + ", \"bodyId\": \"board\", \"agenda\": [\"Quarterly outcomes\"]}")))
			.get("reviewId")
			.asText();
	}

	/**
	 * The review's row in {@code review_deadline}: OPEN or CLOSED, none if not known yet.
	 */
	protected List<String> deadlineState(String partnershipId, String reviewId) {
		return this.jdbc.sql("SELECT state FROM review_deadline WHERE partnership_id = :id AND review_id = :review")
			.param("id", partnershipId)
			.param("review", reviewId)
			.query(String.class)
			.list();
	}

	protected static ResponseEntity<String> created(ResponseEntity<String> response) {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		return response;
	}

}
