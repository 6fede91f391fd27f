package org.partnershipledger.query.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.StandInCommandSide;
import org.partnershipledger.query.StandInCommandSide.Answer;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Someone who is not a party gets the same answer for a partnership that exists as for
 * one that does not: the same status, title, type and words, so that probing ids teaches
 * nothing. The command side tells the two apart in its titles (an unknown aggregate is
 * "No such partnership", a hidden one "Not found"); the web app must not pass that on.
 */
class NotFoundLooksTheSameTest extends QuerySideIntegrationTest {

	private static final List<String> READS = List.of("", "?minVersion=0", "?asOf=2025-06-01", "/events", "/evolution",
			"/adaptations", "/iterations", "/assessments", "/reviews", "/payments", "/audit-findings",
			"/exports/history.json", "/exports/history.csv", "/exports/ocds.json");

	private final ObjectMapper json = new ObjectMapper();

	@Autowired
	private MockMvc mvc;

	private String existing;

	private String missing;

	private String outsider;

	@BeforeEach
	void aPartnershipTheOutsiderIsNoPartyTo() {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		TestEvents events = new TestEvents(council);
		publish(events.registered("Homelessness outcomes"));
		awaitVersion(events.partnershipId(), 0);
		this.existing = events.partnershipId();
		this.missing = UUID.randomUUID().toString();
		this.outsider = person(UserRole.COMMISSIONER, organisation("GB-LAC", "Othertown Council"));
		// what the command side answers someone who is not a party, and for an id it
		// never saw
		String existingId = this.existing;
		StandInCommandSide.answer((request) -> request.path().contains(existingId)
				? Answer.problem(404, "not-found", "Not found", "There is no partnership " + existingId)
				: Answer.problem(404, "not-found", "No such partnership",
						"There is no partnership " + request.path().split("/")[4]));
	}

	@Test
	void everyReadAnswersAnExistingPartnershipAsIfItWereMissing() throws Exception {
		for (String read : READS) {
			JsonNode forExisting = answer(get("/api/v1/partnerships/" + this.existing + read), this.existing);
			JsonNode forMissing = answer(get("/api/v1/partnerships/" + this.missing + read), this.missing);

			assertThat(forExisting).as(read).isEqualTo(forMissing);
			assertThat(forExisting.path("httpStatus").asInt()).as(read).isEqualTo(404);
		}
	}

	@Test
	void aCommandAnswersAnExistingPartnershipAsIfItWereMissing() throws Exception {
		String body = "{\"name\": \"Shelter Trust\", \"identifier\": {\"scheme\": \"GB-CHC\", \"id\": \"1\"}, "
				+ "\"roles\": [\"LEAD_PROVIDER\"], \"basis\": \"CONTRACT\", \"reason\": \"Lead provider\"}";

		JsonNode forExisting = answer(
				post("/api/v1/partnerships/" + this.existing + "/parties").contentType(MediaType.APPLICATION_JSON)
					.content(body),
				this.existing);
		JsonNode forMissing = answer(
				post("/api/v1/partnerships/" + this.missing + "/parties").contentType(MediaType.APPLICATION_JSON)
					.content(body),
				this.missing);

		assertThat(forExisting).isEqualTo(forMissing);
		assertThat(forExisting.path("httpStatus").asInt()).isEqualTo(404);
	}

	/** The answer's status and problem, with the partnership's id written as {id}. */
	private JsonNode answer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String partnershipId) throws Exception {
		RequestBuilder signedIn = request.with(httpBasic(this.outsider, PASSWORD));
		MockHttpServletResponse response = this.mvc.perform(signedIn).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8).replace(partnershipId, "{id}");
		return this.json.createObjectNode()
			.put("httpStatus", response.getStatus())
			.put("contentType", response.getContentType())
			.set("problem", this.json.readTree(body));
	}

}
