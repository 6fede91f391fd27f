package org.partnershipledger.standalone;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * How a client reaches the broker: its bootstrap servers and the account it signs in as
 * (SASL/SCRAM-SHA-512 over SASL_PLAINTEXT); no account for a broker that asks for none.
 */
public record KafkaLogin(String bootstrapServers, String username, String password) {

	static final String PROTOCOL = "SASL_PLAINTEXT";

	static final String MECHANISM = "SCRAM-SHA-512";

	/** The client settings: bootstrap servers, and the login when there is one. */
	public Map<String, Object> clientProperties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		if (this.username != null) {
			properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, PROTOCOL);
			properties.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
			properties.put(SaslConfigs.SASL_JAAS_CONFIG,
					jaasConfig("org.apache.kafka.common.security.scram.ScramLoginModule"));
		}
		return properties;
	}

	/** The same settings for a Spring Boot app, as its environment. */
	Map<String, String> springEnvironment() {
		return Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", this.bootstrapServers, "SPRING_KAFKA_SECURITY_PROTOCOL",
				PROTOCOL, "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", MECHANISM,
				"SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
				jaasConfig("org.apache.kafka.common.security.scram.ScramLoginModule"));
	}

	/** A JAAS login line for this account with the given login module. */
	String jaasConfig(String loginModule) {
		return loginModule + " required username=\"" + this.username + "\" password=\"" + this.password + "\";";
	}

	@Override
	public String toString() {
		return "KafkaLogin[" + this.bootstrapServers + " as " + this.username + "]";
	}

}
