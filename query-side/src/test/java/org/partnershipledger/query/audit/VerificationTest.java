package org.partnershipledger.query.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The query side's copy of a chained history, verified through the API and the page, then
 * changed directly in PostgreSQL: one byte of a payload, then a deleted event. The
 * command side is not running here, so its half of each verification says it could not be
 * checked. Each test puts the partnership's rows back as they were.
 */
class VerificationTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private TestEvents events;

	private String auditor;

	private final String backup = "verification_backup_" + UUID.randomUUID().toString().replace("-", "");

	@BeforeEach
	void aChainedHistoryWithAPaymentOfMoreDigitsThanADoubleHolds() {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		this.events = new TestEvents(council);
		publish(chained(this.events.registered("Homelessness outcomes"),
				this.events.joined(
						"party-1", "Shelter Trust", organisation("GB-CHC", "Shelter Trust"), PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE),
				this.events.contract("contract-1", "party-1"),
				this.events.paymentScheduled("payment-1", PaymentKind.REGULAR, "1234567890123456.78", "2025-10-31")));
		awaitVersion(this.events.partnershipId(), 5);
		this.auditor = person(UserRole.AUDITOR, organisation("GB-GOR", "National Audit"));
		this.jdbc.sql("create table " + this.backup + " as select * from event_log where partnership_id = :id")
			.param("id", this.events.partnershipId())
			.update();
	}

	@AfterEach
	void putTheRowsBack() {
		asTheDatabaseOwner("delete from event_log where partnership_id = '" + this.events.partnershipId() + "'");
		this.jdbc.sql("insert into event_log select * from " + this.backup).update();
		this.jdbc.sql("drop table " + this.backup).update();
	}

	@Test
	void anUntouchedCopyVerifiesAndTheEventStoreIsSaidToBeUnchecked() throws Exception {
		JsonNode result = verify();

		assertThat(ours(result)).isEmpty();
		assertThat(result.at("/readModel/eventsChecked").asLong()).isGreaterThanOrEqualTo(6);
		assertThat(result.get("eventStore").isNull()).isTrue();
		assertThat(result.get("eventStoreProblem").asText()).contains("did not answer");
	}

	@Test
	void oneByteChangedInAStoredPayloadIsNamedByPartnershipAndSequence() throws Exception {
		int changed = asTheDatabaseOwner(
				"update event_log set envelope = replace(envelope::text, 'Homelessness', 'Homelessnest')::jsonb"
						+ " where partnership_id = '" + this.events.partnershipId() + "' and sequence_number = 0");
		assertThat(changed).isOne();

		assertThat(ours(verify())).as("its hash no longer holds, nor does the ledger's signature")
			.containsExactly(this.events.partnershipId() + " 0 ALTERED", this.events.partnershipId() + " 0 UNSIGNED");
	}

	@Test
	void aDeletedEventIsNamedAsMissing() throws Exception {
		asTheDatabaseOwner("delete from event_log where partnership_id = '" + this.events.partnershipId()
				+ "' and sequence_number = 2");

		assertThat(ours(verify())).containsExactly(this.events.partnershipId() + " 2 MISSING");
	}

	@Test
	void aCheckpointWhoseHeadNamesNoPartnershipIsABadRequest() throws Exception {
		this.mvc
			.perform(post("/api/v1/verification").with(httpBasic(this.auditor, PASSWORD))
				.contentType("application/json")
				.content("{\"heads\":[{}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"));
	}

	@ParameterizedTest
	@EnumSource(value = UserRole.class, names = { "PROVIDER", "COMMISSIONER" })
	void onlyAuditorsMayVerifyTheWholeHistory(UserRole role) throws Exception {
		String someone = person(role, organisation("GB-LAC", "Another body"));

		this.mvc.perform(post("/api/v1/verification").with(httpBasic(someone, PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/checkpoints/latest").with(httpBasic(someone, PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/verification").session(signedIn(someone))).andExpect(status().isForbidden());
		this.mvc.perform(get("/framework").session(signedIn(someone)))
			.andExpect(content().string(not(containsString("/audit/verification"))));
	}

	@Test
	void thePageShowsTheCopysReportAndSaysTheEventStoreCouldNotBeChecked() throws Exception {
		String page = this.mvc
			.perform(post("/audit/verification").param("against", "none").session(signedIn(this.auditor)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Verify the history")
			.contains("Checked against the hash chains alone")
			.contains("It could not be checked: The event store did not answer")
			.contains("The copy the pages read")
			.doesNotContain("Nothing was rewritten");
	}

	@Test
	void aFileThatIsNoCheckpointIsRefusedNamingTheField() throws Exception {
		MockMultipartFile notACheckpoint = new MockMultipartFile("checkpointFile", "notes.txt", "text/plain",
				"these are my notes".getBytes(StandardCharsets.UTF_8));

		this.mvc
			.perform(multipart("/audit/verification").file(notACheckpoint)
				.param("against", "file")
				.session(signedIn(this.auditor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Verify the history")))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("href=\"#checkpoint-file\">The file is not a checkpoint from the ledger")));
	}

	private MockHttpSession signedIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession();
	}

	private JsonNode verify() throws Exception {
		return LedgerJson.mapper()
			.readTree(this.mvc.perform(post("/api/v1/verification").with(httpBasic(this.auditor, PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * Runs a change the append-only trigger refuses, as someone who owns the database and
	 * switches the trigger off for it would.
	 */
	private int asTheDatabaseOwner(String change) {
		this.jdbc.sql("alter table event_log disable trigger event_log_append_only").update();
		try {
			return this.jdbc.sql(change).update();
		}
		finally {
			this.jdbc.sql("alter table event_log enable trigger event_log_append_only").update();
		}
	}

	/**
	 * The read model's discrepancies for this test's partnership, as "id sequence KIND".
	 */
	private List<String> ours(JsonNode result) {
		List<String> found = new ArrayList<>();
		for (JsonNode discrepancy : result.at("/readModel/discrepancies")) {
			if (discrepancy.get("partnershipId").asText().equals(this.events.partnershipId())) {
				found.add(discrepancy.get("partnershipId").asText() + " " + discrepancy.get("sequenceNumber").asLong()
						+ " " + discrepancy.get("kind").asText());
			}
		}
		return found;
	}

	/** The envelopes with their chain hashes, as the command side seals them. */
	private static EventEnvelope[] chained(EventEnvelope... envelopes) {
		String previous = ChainHash.GENESIS;
		EventEnvelope[] sealed = new EventEnvelope[envelopes.length];
		for (int i = 0; i < envelopes.length; i++) {
			previous = ChainHash.of(envelopes[i], previous);
			sealed[i] = envelopes[i].withChainHash(previous);
		}
		return sealed;
	}

}
