package org.partnershipledger.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.audit.ChainHead;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.RichPartnership;
import org.partnershipledger.query.StandInCommandSide;
import org.partnershipledger.query.StandInCommandSide.Answer;
import org.partnershipledger.query.StandInCommandSide.Request;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.timeline.EventLogRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rebuilding every read model from the event log: the same documents as the live
 * projection, stale ones corrected, progress to the end, nothing lost while the listener
 * keeps applying, and only for administrators.
 */
class ProjectionRebuildTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EventLogRepository eventLog;

	@Autowired
	private ProjectionRebuild rebuild;

	@Autowired
	private IdentityTokens tokens;

	private OrganisationIdentifier council;

	private OrganisationIdentifier charity;

	private TestEvents events;

	private String commissioner;

	private List<EventEnvelope> published;

	@BeforeEach
	void aPartnershipWithManyEventTypes() {
		this.council = organisation("GB-LAC", "Rebuild Council");
		this.charity = organisation("GB-CHC", "Rebuild Trust");
		this.commissioner = person(UserRole.COMMISSIONER, this.council);
		this.events = new TestEvents(this.council);
		List<EventEnvelope> all = RichPartnership.of(this.events, this.charity);
		publish(all.toArray(EventEnvelope[]::new));
		this.published = all;
		awaitVersion(this.events.partnershipId(), all.size() - 1);
		awaitNoRebuildRunning();
	}

	@Test
	void theRebuiltOverviewIsTheLiveOneAndTheOneAsOfNowAndCorrectsAStaleDocument() throws Exception {
		String id = this.events.partnershipId();
		JsonNode live = read("/api/v1/partnerships/" + id);
		JsonNode asOfNow = read("/api/v1/partnerships/" + id + "?asOf=" + Instant.now() + "&axis=recorded");
		JsonNode effectiveNow = read("/api/v1/partnerships/" + id + "?asOf=" + Instant.now() + "&axis=effective");
		String register = registerRows(id);
		// as an older fold might have left it
		this.jdbc.sql("""
				update partnership_overview set title = 'Stale title',
				    document = jsonb_set(document - 'disputes', '{title}', '"Stale title"')
				where partnership_id = :id
				""").param("id", id).update();
		this.jdbc.sql("delete from adaptation_register where partnership_id = :id").param("id", id).update();

		RebuildProgress done = rebuildAndWait();

		JsonNode rebuilt = read("/api/v1/partnerships/" + id);
		assertThat(rebuilt).isEqualTo(live);
		assertThat(asOfNow).isEqualTo(live);
		assertThat(effectiveNow).isEqualTo(live);
		assertThat(rebuilt.path("disputes")).hasSize(1);
		assertThat(rebuilt.path("adaptations")).hasSize(1);
		assertThat(rebuilt.path("outcomeReports")).hasSize(2);
		assertThat(registerRows(id)).isEqualTo(register).contains("adaptation-1");
		assertThat(this.overviews.find(id).orElseThrow())
			.isEqualTo(PartnershipOverview.fold(this.eventLog.envelopes(id)));
		assertThat(done.eventsDone()).isEqualTo(done.eventsTotal()).isGreaterThanOrEqualTo(26);
		assertThat(done.partnershipsDone()).isEqualTo(done.partnershipsTotal());
		assertThat(done.failures()).isEmpty();
		assertThat(done.secondsLeft()).isNull();
		assertThat(done.eventsPerSecond()).isPositive();
	}

	@Test
	void aLogHoldingAnOlderRevisionRebuildsToWhatTheCurrentRevisionGives() throws Exception {
		String id = this.events.partnershipId();
		List<EventEnvelope> current = List.of(
				this.events.proposed("adaptation-2", "party-1", AdaptationCategory.SERVICE_DESIGN_CHANGE,
						AdaptationFormality.OPERATIONAL, "Evening opening", "1"),
				this.events.rejected("adaptation-2", "No staff for evenings this year"),
				this.events.proposed("adaptation-3", "party-1", AdaptationCategory.SERVICE_DESIGN_CHANGE,
						AdaptationFormality.OPERATIONAL, "Sunday opening", "1"),
				this.events.rejected("adaptation-3", "The hub is shut on Sundays"));
		// the first rejection as an older ledger published it: revision 1, its field
		// `reasons`
		EventEnvelope written = current.get(1);
		ObjectNode r1Payload = ((ObjectNode) written.payload().deepCopy());
		r1Payload.set("reasons", r1Payload.remove("reason"));
		EventEnvelope olderRejection = new EventEnvelope(written.eventId(), written.type(), "1",
				written.partnershipId(), written.sequenceNumber(), written.globalIndex(), written.occurredAt(),
				written.recordedAt(), written.actor(), written.authority(), written.correlationId(),
				written.causationId(), r1Payload, null, null);
		publish(current.get(0), olderRejection, current.get(2), current.get(3));
		long last = current.get(3).sequenceNumber();
		awaitVersion(id, last);
		JsonNode live = read("/api/v1/partnerships/" + id);
		String register = registerRows(id);

		rebuildAndWait();

		List<EventEnvelope> log = this.eventLog.envelopes(id);
		assertThat(log).extracting(EventEnvelope::revision).contains("1", "2");
		assertThat(log).filteredOn((envelope) -> envelope.eventId().equals(olderRejection.eventId()))
			.singleElement()
			.satisfies((stored) -> assertThat(stored.payload().has("reasons")).isTrue());
		// as the log keeps them: through JSON, so decimals compare as read back
		List<EventEnvelope> onlyCurrent = java.util.stream.Stream.concat(this.published.stream(), current.stream())
			.map((envelope) -> LedgerJson.read(LedgerJson.write(envelope), EventEnvelope.class))
			.toList();
		assertThat(this.overviews.find(id).orElseThrow()).isEqualTo(PartnershipOverview.fold(onlyCurrent));
		JsonNode rebuilt = read("/api/v1/partnerships/" + id);
		assertThat(rebuilt).isEqualTo(live);
		assertThat(rebuilt.toString()).contains("No staff for evenings this year", "The hub is shut on Sundays");
		assertThat(registerRows(id)).isEqualTo(register).contains("adaptation-2|Evening opening|REJECTED");
		// the event list shows one shape per type: the current revision's
		String rejections = read("/api/v1/partnerships/" + id + "/events?type=AdaptationRejected").toString();
		assertThat(rejections).contains("\"reason\":\"No staff for evenings this year\"").doesNotContain("\"reasons\"");
	}

	@Test
	void eventsAppliedWhileTheRebuildRunsAreNeitherLostNorAppliedTwice() {
		List<TestEvents> more = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			more.add(new TestEvents(this.council));
		}
		for (TestEvents partnership : more) {
			publish(partnership.registered("Arrives during the rebuild"));
		}
		RebuildProgress started = this.rebuild.start(new Identity(ADMIN, "Administrator", UserRole.ADMIN, null));
		for (TestEvents partnership : more) {
			publish(partnership.joined("party-1", "Late Trust", this.charity, PartyRole.LEAD_PROVIDER),
					partnership.assessed(true, TestEvents.RELATIONAL_SCORES));
		}
		awaitFinished(started.id());

		for (TestEvents partnership : more) {
			awaitVersion(partnership.partnershipId(), 2);
			assertThat(this.eventLog.count(partnership.partnershipId())).isEqualTo(3);
			assertThat(this.overviews.find(partnership.partnershipId()).orElseThrow())
				.isEqualTo(PartnershipOverview.fold(this.eventLog.envelopes(partnership.partnershipId())));
		}
	}

	@Test
	void aSecondRebuildWhileOneRunsIsRefusedWithAClearMessage() throws Exception {
		long running = this.jdbc.sql("""
				insert into projection_rebuild (started_by, state, partnerships_total, events_total)
				values ('someone-else', 'RUNNING', 10, 1000) returning id
				""").query(Long.class).single();
		try {
			this.mvc.perform(post("/api/v1/admin/rebuild").with(httpBasic(ADMIN, PASSWORD)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.title").value("A rebuild is already running"))
				.andExpect(jsonPath("$.detail").value(containsString("started by someone-else")))
				.andExpect(jsonPath("$.running.id").value(running));
			MockHttpSession admin = signIn(ADMIN);
			this.mvc.perform(post("/admin/rebuild").session(admin).with(csrf()))
				.andExpect(redirectedUrl("/admin/rebuild"));
			this.mvc.perform(get("/admin/rebuild").session(admin).flashAttr("refused", "A rebuild is already running"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("http-equiv=\"refresh\"")))
				.andExpect(content().string(containsString("Rebuild in progress")))
				.andExpect(content().string(containsString("0 of 1000")));
		}
		finally {
			this.jdbc.sql("update projection_rebuild set state = 'FAILED' where id = :id")
				.param("id", running)
				.update();
		}
	}

	@Test
	void anAdministratorStartsItFromThePageAndSeesItFinish() throws Exception {
		MockHttpSession admin = signIn(ADMIN);
		this.mvc.perform(get("/admin/rebuild").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rebuild the views")));

		this.mvc.perform(post("/admin/rebuild").session(admin).with(csrf())).andExpect(redirectedUrl("/admin/rebuild"));
		awaitNoRebuildRunning();

		this.mvc.perform(get("/admin/rebuild").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Finished")))
			.andExpect(content().string(containsString("(100%)")))
			.andExpect(content().string(not(containsString("http-equiv=\"refresh\""))));
	}

	@Test
	void aFinishedRebuildHasTheCommandSideTakeACheckpointInTheAdministratorsNameAndNamesIt() throws Exception {
		Checkpoint taken = Checkpoint.sign(Instant.now(),
				List.of(new ChainHead(this.events.partnershipId(), 25, "event-25", "a".repeat(64))), SIGNING_KEYS);
		List<Request> asked = new CopyOnWriteArrayList<>();
		// as the command side answers an administrator: the checkpoint's date and digest
		StandInCommandSide.answer((request) -> {
			asked.add(request);
			return new Answer(201,
					"{\"createdAt\": \"" + taken.createdAt() + "\", \"digest\": \"" + taken.digest() + "\"}");
		});

		rebuildAndWait();

		assertThat(asked).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/internal/v1/checkpoints");
			assertThat(this.tokens.verify(request.identityToken(), Instant.now(), request.bound()).username())
				.isEqualTo(ADMIN);
		});
		this.mvc.perform(get("/api/v1/admin/rebuild").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("FINISHED"))
			.andExpect(jsonPath("$.checkpoint.createdAt").value(taken.createdAt().toString()))
			.andExpect(jsonPath("$.checkpoint.digest").value(taken.digest()))
			.andExpect(jsonPath("$.checkpoint.problem").doesNotExist());
		this.mvc.perform(get("/admin/rebuild").session(signIn(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rebuild-checkpoint\"")))
			.andExpect(content().string(containsString(taken.digest())))
			.andExpect(content().string(containsString("A signed checkpoint was taken")));
	}

	@Test
	void aRebuildFinishesWhenTheCommandSideCannotBeReachedAndSaysNoCheckpointWasTakenAndWhy() throws Exception {
		// the stand-in drops every connection: the command side is down

		rebuildAndWait();

		this.mvc.perform(get("/api/v1/admin/rebuild").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("FINISHED"))
			.andExpect(jsonPath("$.failures").isEmpty())
			.andExpect(jsonPath("$.checkpoint.createdAt").doesNotExist())
			.andExpect(jsonPath("$.checkpoint.problem").value(containsString("did not answer")));
		this.mvc.perform(get("/admin/rebuild").session(signIn(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No checkpoint was taken")))
			.andExpect(content().string(containsString("did not answer")));
	}

	@Test
	void peopleOtherThanAdministratorsMayNeitherStartNorWatchIt() throws Exception {
		this.mvc.perform(post("/api/v1/admin/rebuild").with(httpBasic(this.commissioner, PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/admin/rebuild").with(httpBasic(this.commissioner, PASSWORD)))
			.andExpect(status().isForbidden());
		MockHttpSession commissionerSession = signIn(this.commissioner);
		this.mvc.perform(get("/admin/rebuild").session(commissionerSession)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/rebuild").session(commissionerSession).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private RebuildProgress rebuildAndWait() throws Exception {
		String started = this.mvc.perform(post("/api/v1/admin/rebuild").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = LedgerJson.mapper().readTree(started).path("id").asLong();
		awaitFinished(id);
		this.mvc.perform(get("/api/v1/admin/rebuild").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.state").value("FINISHED"));
		return this.rebuild.find(id).orElseThrow();
	}

	private void awaitFinished(long id) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.rebuild.find(id).map((progress) -> !progress.running()).orElse(false));
		assertThat(this.rebuild.find(id).orElseThrow().state()).isEqualTo(RebuildProgress.State.FINISHED);
	}

	private void awaitNoRebuildRunning() {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.rebuild.latest().map((progress) -> !progress.running()).orElse(true));
	}

	private JsonNode read(String path) throws Exception {
		return LedgerJson.mapper()
			.readTree(this.mvc.perform(get(path).with(httpBasic(this.commissioner, PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	private String registerRows(String partnershipId) {
		return String.join("\n", this.jdbc.sql("""
				select adaptation_id || '|' || title || '|' || status from adaptation_register
				where partnership_id = :id order by adaptation_id
				""").param("id", partnershipId).query(String.class).list());
	}

	private MockHttpSession signIn(String username) throws Exception {
		return signIn(this.mvc, username);
	}

}
