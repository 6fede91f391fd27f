package org.partnershipledger.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.command.relay.FlakyEnvelopeSender;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.events.wire.Topics;
import org.partnershipledger.testsupport.TestPostgres;

/**
 * The one Spring context of the module's integration tests: the app on a random port,
 * real PostgreSQL and a real (embedded, KRaft) Kafka broker. Every test class extends
 * this, so the context starts once; tests keep apart with fresh partnership ids.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"ledger.internal.secret=" + CommandSideIntegrationTest.SECRET, "ledger.relay.topic-partitions=1",
				"ledger.relay.send-timeout=5s", "axon.eventhandling.processors.kafka-relay.token-claim-interval=500",
				"axon.eventhandling.processors.review-deadlines.token-claim-interval=500",
				"axon.eventhandling.processors.review-cadence.token-claim-interval=500",
				"ledger.reviews.sweep-enabled=false", "ledger.relay.skipped-event-check-enabled=false",
				"ledger.relay.segment-check-interval=1h", "ledger.event-store.gap-timeout=10s",
				"ledger.event-store.gap-cleaning-threshold=1" })
@EmbeddedKafka(kraft = true, partitions = 1, topics = Topics.PARTNERSHIP_EVENTS)
@Import({ FlakyEnvelopeSender.Config.class, MovableClock.Config.class })
public abstract class CommandSideIntegrationTest {

	public static final String SECRET = "integration-tests-shared-secret-of-enough-bytes";

	/** The instance's signing keys, new for each test run. */
	protected static final KeyPair SIGNING_KEYS = InstanceKeys.generate();

	/**
	 * The directory an auditor keeps checkpoints in, outside the ledger, new each run.
	 */
	protected static final Path KEPT_CHECKPOINTS = temporaryDirectory();

	protected static final Organisation COUNCIL = new Organisation("Leeds City Council",
			new OrganisationIdentifier("GB-LAC", "E08000035"));

	protected static final Organisation CHARITY = new Organisation("Homes Together",
			new OrganisationIdentifier("GB-CHC", "1149085"));

	protected static final Identity COMMISSIONER = new Identity("cara", "Cara Commissioner", UserRole.COMMISSIONER,
			COUNCIL);

	protected static final Identity PROVIDER = new Identity("pat", "Pat Provider", UserRole.PROVIDER, CHARITY);

	protected static final Identity OUTSIDER = new Identity("otto", "Otto Outsider", UserRole.COMMISSIONER,
			new Organisation("Bradford Council", new OrganisationIdentifier("GB-LAC", "E08000032")));

	@Autowired
	protected TestRestTemplate http;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected EmbeddedKafkaBroker kafka;

	@Autowired
	protected FlakyEnvelopeSender flakySender;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestPostgres.jdbcUrl("command_side"));
		registry.add("spring.datasource.username", TestPostgres::username);
		registry.add("spring.datasource.password", TestPostgres::password);
		registry.add("ledger.checkpoint.signing-key", () -> InstanceKeys.encode(SIGNING_KEYS.getPrivate()));
		registry.add("ledger.checkpoint.keep-directory", KEPT_CHECKPOINTS::toString);
	}

	private static Path temporaryDirectory() {
		try {
			Path directory = Files.createTempDirectory("kept-checkpoints");
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void sendersWork() {
		this.flakySender.failNext(0);
	}

	/**
	 * A token as the web app would send it, for one request (a path with its query, as
	 * sent; {@code null} for no body).
	 */
	protected static String token(Identity identity, HttpMethod method, String path, String json) {
		URI target = URI.create(path);
		return new IdentityTokens(SECRET, Duration.ofSeconds(60)).issue(identity, Instant.now(),
				IdentityTokens.BoundRequest.of(method.name(), target,
						(json != null) ? json.getBytes(StandardCharsets.UTF_8) : null));
	}

	protected ResponseEntity<String> post(String path, Identity identity, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (identity != null) {
			headers.set(IdentityTokens.HEADER, token(identity, HttpMethod.POST, path, json));
		}
		return this.http.exchange(path, HttpMethod.POST,
				new HttpEntity<>((json != null) ? json.getBytes(StandardCharsets.UTF_8) : null, headers), String.class);
	}

	/** Registers a new partnership as the commissioner; answers its id. */
	protected String registered() {
		return json(post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER)).get("partnershipId").asText();
	}

	protected static JsonNode json(ResponseEntity<String> response) {
		return LedgerJson.read(response.getBody(), JsonNode.class);
	}

	protected long storedEvents() {
		return this.jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
	}

	protected long storedEventsOf(String partnershipId) {
		return this.jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id")
			.param("id", partnershipId)
			.query(Long.class)
			.single();
	}

	protected TopicReader topic() {
		return new TopicReader(this.kafka.getBrokersAsString());
	}

	/** Follows the topic from its start until closed. */
	protected TopicTail tail() {
		return new TopicTail(this.kafka.getBrokersAsString());
	}

}
