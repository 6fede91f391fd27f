package org.partnershipledger.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnershipledger.events.wire.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Nobody but the command side writes the partnership events topic, and nobody but the web
 * app's consumer group reads it: the running system's broker asks every client to sign in
 * (SCRAM-SHA-512) and refuses what no ACL allows. A record written by anyone else could
 * otherwise grant its writer access to a partnership.
 */
class KafkaAccessEndToEndTest {

	private static final String NOTHING_READ = "read nothing, refused nothing";

	private static final String FORGED = "{\"eventType\":\"PartyJoined\"}";

	@TempDir
	Path folder;

	@Test
	void aClientWithoutAnAccountCannotWriteTheTopic() {
		LedgerSystem system = RunningLedger.system();
		Map<String, Object> anonymous = new KafkaLogin(system.kafkaBootstrapServers(), null, null).clientProperties();
		assertThat(root(catchThrowable(() -> send(anonymous)))).as("no credentials")
			.isInstanceOf(TimeoutException.class);

		KafkaLogin wrongPassword = new KafkaLogin(system.kafkaBootstrapServers(), KafkaAccounts.COMMAND_SIDE,
				"guessed");
		assertThatThrownBy(() -> send(wrongPassword.clientProperties())).as("a guessed password")
			.hasRootCauseInstanceOf(SaslAuthenticationException.class);
	}

	@Test
	void theWebAppsAccountCannotWriteTheTopic() throws Exception {
		assertThatThrownBy(() -> send(accounts().webApp(bootstrap()).clientProperties()))
			.hasRootCauseInstanceOf(TopicAuthorizationException.class);
	}

	@Test
	void onlyTheWebAppsAccountReadsTheTopicAsItsGroup() throws Exception {
		RunningLedger.as("e2e-commissioner")
			.post("/api/v1/partnerships", Journeys.registration("Read by its group only"))
			.expect(201);
		readAs(RunningLedger.system().kafkaAdmin(), "a-super-users-group");

		assertThatThrownBy(() -> readAs(accounts().commandSide(bootstrap()), ViewsReadiness.GROUP))
			.as("the command side's account as the web app's group")
			.isInstanceOf(AuthorizationException.class);
		assertThatThrownBy(() -> readAs(accounts().webApp(bootstrap()), "another-group"))
			.as("the web app's account as another group")
			.isInstanceOf(GroupAuthorizationException.class);
		assertThatThrownBy(() -> readAs(new KafkaLogin(bootstrap(), null, null), ViewsReadiness.GROUP))
			.as("no credentials")
			.hasMessage(NOTHING_READ);
	}

	/**
	 * A broker of a data directory made before it had accounts (or whose passwords were
	 * lost) gets them on its next start: the credentials file is made again and the
	 * accounts set by the launcher as the super user.
	 */
	@Test
	void aBrokerStartedOnAnExistingDirectoryGetsTheAccountsOfItsCredentialsFile() throws Exception {
		Path kafka = this.folder.resolve("kafka");
		Path logs = this.folder.resolve("logs");
		try (KafkaBroker broker = KafkaBroker.start(kafka, logs, false)) {
			assertThat(broker.webApp().password()).isEqualTo(KafkaAccounts.in(kafka).webAppPassword());
		}
		Files.delete(kafka.resolve(KafkaAccounts.NAME));
		try (KafkaBroker broker = KafkaBroker.start(kafka, logs, false)) {
			assertThat(Files.getPosixFilePermissions(kafka.resolve(KafkaAccounts.NAME)))
				.isEqualTo(PrivateFiles.OWNER_ONLY);
			assertThat(Files.getPosixFilePermissions(kafka.resolve("server.properties")))
				.isEqualTo(PrivateFiles.OWNER_ONLY);
			try (Admin admin = Admin.create(broker.commandSide().clientProperties())) {
				// signed in with the new password, and allowed to create the topic
				admin.createTopics(List.of(new NewTopic(Topics.PARTNERSHIP_EVENTS, 1, (short) 1)))
					.all()
					.get(30, TimeUnit.SECONDS);
			}
			assertThatThrownBy(() -> send(broker.webApp().clientProperties()))
				.hasRootCauseInstanceOf(TopicAuthorizationException.class);
		}
	}

	private static Throwable root(Throwable thrown) {
		Throwable root = thrown;
		while (root != null && root.getCause() != null) {
			root = root.getCause();
		}
		return root;
	}

	private static KafkaAccounts accounts() throws Exception {
		RunningLedger.system();
		return KafkaAccounts.in(Path.of("target", "e2e-data", LedgerSystem.KAFKA_DIRECTORY));
	}

	private static String bootstrap() {
		return RunningLedger.system().kafkaBootstrapServers();
	}

	private static void send(Map<String, Object> client) throws Exception {
		Properties config = new Properties();
		config.putAll(client);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		// the plain WRITE check, not the producer id an idempotent producer asks for
		// first
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
		config.put(ProducerConfig.ACKS_CONFIG, "1");
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(Topics.PARTNERSHIP_EVENTS, "forged", FORGED)).get(30, TimeUnit.SECONDS);
		}
	}

	private static void readAs(KafkaLogin login, String group) {
		Properties config = new Properties();
		config.putAll(login.clientProperties());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.PARTNERSHIP_EVENTS));
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < deadline) {
				if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) {
					return;
				}
			}
			throw new IllegalStateException(NOTHING_READ);
		}
	}

}
