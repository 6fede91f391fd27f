package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no container engine), so this reads it: valid YAML,
 * the four parts, and settings consistent with what the apps read.
 */
class DockerComposeTest {

	@SuppressWarnings("unchecked")
	private static Map<String, Object> services() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("..", "docker-compose.yml"))) {
			Map<String, Object> compose = new Yaml().load(in);
			return (Map<String, Object>) compose.get("services");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(String service) throws IOException {
		return (Map<String, Object>) ((Map<String, Object>) services().get(service)).get("environment");
	}

	@Test
	void holdsPostgresKafkaAndBothApps() throws IOException {
		assertThat(services()).containsKeys("postgres", "kafka", "command-side", "query-side");
	}

	@Test
	void kafkaRunsInKraftModeWithoutZookeeper() throws IOException {
		Map<String, Object> kafka = environment("kafka");
		assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
		assertThat(services()).doesNotContainKey("zookeeper");
	}

	@Test
	@SuppressWarnings("unchecked")
	void postgresAndTheSingleBrokerFlushEveryCommitToDisk() throws IOException {
		List<String> postgres = (List<String>) ((Map<String, Object>) services().get("postgres")).get("command");
		assertThat(postgres).contains("fsync=on", "synchronous_commit=on", "full_page_writes=on");
		assertThat(environment("kafka").get("KAFKA_LOG_FLUSH_INTERVAL_MESSAGES")).isEqualTo(1);
	}

	@Test
	void theAppsShareTheSecretAndTheBrokerAndUseTheirOwnDatabases() throws IOException {
		Map<String, Object> command = environment("command-side");
		Map<String, Object> query = environment("query-side");
		for (String setting : new String[] { "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
				"SPRING_DATASOURCE_PASSWORD", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "LEDGER_INTERNAL_SECRET",
				"SERVER_PORT" }) {
			assertThat(command).containsKey(setting);
			assertThat(query).containsKey(setting);
		}
		assertThat(query.get("LEDGER_INTERNAL_SECRET")).isEqualTo(command.get("LEDGER_INTERNAL_SECRET"));
		assertThat(query.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"))
			.isEqualTo(command.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
		assertThat((String) command.get("SPRING_DATASOURCE_URL")).endsWith("/ledger_events");
		assertThat((String) query.get("SPRING_DATASOURCE_URL")).endsWith("/ledger_views");
		assertThat(query.get("LEDGER_COMMAND_SIDE_URL")).isEqualTo("http://command-side:" + command.get("SERVER_PORT"));
		assertThat((String) command.get("LEDGER_SIGNING_KEY"))
			.as("the checkpoint key, required and kept out of the database")
			.startsWith("${LEDGER_SIGNING_KEY:?");
		assertThat(query).doesNotContainKey("LEDGER_SIGNING_KEY");
		assertThat((String) query.get("LEDGER_SIGNING_PUBLIC_KEY"))
			.as("the web app checks every record with the public key, required")
			.startsWith("${LEDGER_SIGNING_PUBLIC_KEY:?");
	}

	@Test
	void eachAppUsesAnAccountOfItsOwnAndNeitherIsTheServersAdministrator() throws IOException {
		Map<String, Object> command = environment("command-side");
		Map<String, Object> query = environment("query-side");
		Object administrator = environment("postgres").get("POSTGRES_USER");
		assertThat(command.get("SPRING_DATASOURCE_USERNAME")).isEqualTo("ledger_command").isNotEqualTo(administrator);
		assertThat(command.get("SPRING_FLYWAY_USER")).as("the migrations run as the tables' owner")
			.isEqualTo("ledger_owner");
		assertThat(query.get("SPRING_DATASOURCE_USERNAME")).isEqualTo("ledger_web").isNotEqualTo(administrator);
		assertThat(command.get("SPRING_DATASOURCE_PASSWORD")).isNotEqualTo(query.get("SPRING_DATASOURCE_PASSWORD"))
			.isNotEqualTo(command.get("SPRING_FLYWAY_PASSWORD"));
		String accounts = String.join("\n", entrypoint("postgres-accounts"));
		assertThat(accounts).contains("NOSUPERUSER", "REVOKE ALL ON DATABASE ledger_events FROM PUBLIC",
				"GRANT CONNECT ON DATABASE ledger_events TO ledger_command",
				"CREATE DATABASE ledger_views OWNER ledger_web");
	}

	@Test
	void theBrokerAsksEveryClientToSignInAndAllowsOnlyWhatAnAclSays() throws IOException {
		Map<String, Object> kafka = environment("kafka");
		assertThat((String) kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).doesNotContain(":PLAINTEXT")
			.contains("BROKER:SASL_PLAINTEXT", "CONTROLLER:SASL_PLAINTEXT");
		assertThat(kafka.get("KAFKA_AUTHORIZER_CLASS_NAME"))
			.isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
		assertThat(kafka.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND")).isEqualTo("false");
		assertThat(kafka.get("KAFKA_SUPER_USERS")).isEqualTo("User:" + KafkaAccounts.ADMIN);
		assertThat((String) kafka.get("KAFKA_LISTENER_NAME_BROKER_SASL_ENABLED_MECHANISMS")).contains("SCRAM-SHA-512");
		assertThat((String) kafka.get("KAFKA_LISTENER_NAME_CONTROLLER_PLAIN_SASL_JAAS_CONFIG"))
			.contains("${LEDGER_KAFKA_ADMIN_PASSWORD:?");
		String accounts = String.join("\n", entrypoint("kafka-accounts"));
		assertThat(accounts).contains("--entity-name " + KafkaAccounts.COMMAND_SIDE,
				"--entity-name " + KafkaAccounts.WEB_APP, "SCRAM-SHA-512=[iterations=8192,password=$$COMMAND_PASSWORD]",
				"SCRAM-SHA-512=[iterations=8192,password=$$WEB_PASSWORD]",
				"--allow-principal User:command-side \\\n  --operation Write --operation Describe --operation Create --topic partnership-events.v1",
				"--allow-principal User:web-app \\\n  --operation Read --operation Describe --topic partnership-events.v1 --group "
						+ ViewsReadiness.GROUP);
		assertThat(accounts).doesNotContain("User:web-app \\\n  --operation Write");
	}

	@Test
	void eachAppSignsInToTheBrokerWithItsOwnAccountOnceTheAccountsAreSet() throws IOException {
		for (String[] app : new String[][] { { "command-side", KafkaAccounts.COMMAND_SIDE, "COMMAND" },
				{ "query-side", KafkaAccounts.WEB_APP, "WEB" } }) {
			Map<String, Object> environment = environment(app[0]);
			assertThat(environment.get("SPRING_KAFKA_SECURITY_PROTOCOL")).isEqualTo(KafkaLogin.PROTOCOL);
			assertThat(environment.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM")).isEqualTo(KafkaLogin.MECHANISM);
			assertThat((String) environment.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).as(app[0])
				.startsWith("org.apache.kafka.common.security.scram.ScramLoginModule required")
				.contains("username=\"" + app[1] + "\"", "password=\"${LEDGER_KAFKA_" + app[2] + "_PASSWORD:?");
		}
		assertThat(dependsOn("command-side")).containsEntry("kafka-accounts",
				Map.of("condition", "service_completed_successfully"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> dependsOn(String service) throws IOException {
		return (Map<String, Object>) ((Map<String, Object>) services().get(service)).get("depends_on");
	}

	@SuppressWarnings("unchecked")
	private static List<String> entrypoint(String service) throws IOException {
		return (List<String>) ((Map<String, Object>) services().get(service)).get("entrypoint");
	}

	@Test
	void theSettingsItNamesAreOnesTheAppsRead() throws IOException {
		String commandConfig = Files
			.readString(Path.of("..", "command-side", "src", "main", "resources", "application.yml"));
		String queryConfig = Files
			.readString(Path.of("..", "query-side", "src", "main", "resources", "application.yml"));
		assertThat(commandConfig).contains("LEDGER_INTERNAL_SECRET", "LEDGER_SIGNING_KEY");
		assertThat(queryConfig).contains("LEDGER_INTERNAL_SECRET", "LEDGER_COMMAND_SIDE_URL", "LEDGER_ADMIN_USERNAME",
				"LEDGER_ADMIN_PASSWORD", "LEDGER_SIGNING_PUBLIC_KEY");
	}

}
