package org.partnershipledger.query;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.audit.EnvelopeSignatures;
import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.events.wire.Topics;
import org.partnershipledger.query.identity.NewOrganisation;
import org.partnershipledger.query.identity.NewUser;
import org.partnershipledger.query.identity.UserDirectory;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.testsupport.TestPostgres;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * The one application context of the module's integration tests: a real PostgreSQL and a
 * real (embedded KRaft) Kafka broker, started once and shared. Tests keep apart by fresh
 * partnership ids, organisations and usernames. The command side is stood in
 * ({@link StandInCommandSide}): as if it were not running, unless a test says what it
 * answers. The views are spied on, so a test can see whether a read waited.
 */
@SpringBootTest(properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
		"ledger.internal-secret=a-test-secret-that-is-at-least-32-bytes-long",
		"ledger.projection.retry-interval=PT0.5S", "ledger.admin.username=" + QuerySideIntegrationTest.ADMIN,
		"ledger.admin.password=" + QuerySideIntegrationTest.PASSWORD })
@AutoConfigureMockMvc
@EmbeddedKafka(kraft = true, partitions = 1, topics = Topics.PARTNERSHIP_EVENTS)
public abstract class QuerySideIntegrationTest {

	protected static final String ADMIN = "first-admin";

	/** Every test person's password. */
	protected static final String PASSWORD = "a-long-test-password";

	/** The command side's signing keys, new for each test run. */
	protected static final KeyPair SIGNING_KEYS = InstanceKeys.generate();

	@Autowired
	protected UserDirectory directory;

	@MockitoSpyBean
	protected OverviewRepository overviews;

	@Autowired
	private EmbeddedKafkaBroker broker;

	private KafkaTemplate<String, String> kafka;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestPostgres.jdbcUrl("query_side"));
		registry.add("spring.datasource.username", TestPostgres::username);
		registry.add("spring.datasource.password", TestPostgres::password);
		registry.add("ledger.command-side-url", StandInCommandSide::url);
		registry.add("ledger.signing-public-key", () -> InstanceKeys.encode(SIGNING_KEYS.getPublic()));
	}

	@BeforeEach
	void connectProducer() {
		this.kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(this.broker),
				new StringSerializer(), new StringSerializer()));
	}

	@AfterEach
	void closeProducer() {
		this.kafka.destroy();
		StandInCommandSide.reset();
	}

	/**
	 * Publishes envelopes as the relay does: signed, keyed by partnership, key fields as
	 * headers.
	 */
	protected void publish(EventEnvelope... envelopes) {
		for (EventEnvelope envelope : envelopes) {
			publishRaw(envelope.partnershipId(), envelope.sequenceNumber(), signed(envelope));
		}
		this.kafka.flush();
	}

	/** The Kafka value the command side would publish for the envelope. */
	protected static String signed(EventEnvelope envelope) {
		return LedgerJson.write(EnvelopeSignatures.sign(envelope, SIGNING_KEYS.getPrivate()));
	}

	protected void publishRaw(String key, long sequenceNumber, String value) {
		ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PARTNERSHIP_EVENTS, key, value);
		record.headers()
			.add(Topics.HEADER_PARTNERSHIP_ID, key.getBytes(StandardCharsets.UTF_8))
			.add(Topics.HEADER_SEQUENCE_NUMBER, Long.toString(sequenceNumber).getBytes(StandardCharsets.UTF_8));
		this.kafka.send(record).join();
	}

	/** Waits until the projection has applied the partnership up to the version. */
	protected void awaitVersion(String partnershipId, long version) {
		await().atMost(Duration.ofSeconds(20)).until(() -> this.overviews.version(partnershipId) >= version);
	}

	protected OrganisationIdentifier organisation(String scheme, String name) {
		OrganisationIdentifier identifier = TestEvents.uniqueIdentifier(scheme);
		this.directory.createOrganisation(new NewOrganisation(name, identifier));
		return identifier;
	}

	/** The session of the person signed in through the sign-in form. */
	protected static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/** A new person with the test password; returns the username. */
	protected String person(UserRole role, OrganisationIdentifier organisation) {
		String username = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID();
		this.directory.createUser(new NewUser(username, "Test " + role, role, organisation, PASSWORD));
		return username;
	}

}
