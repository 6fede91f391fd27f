package org.partnershipledger.command.config;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import org.partnershipledger.events.framework.RuleSet;
import org.partnershipledger.events.framework.RuleSets;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * Axon's serialisation and upcasting, message origins, the rule set and the clock.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

	/**
	 * The mapper Axon stores events, snapshots and tokens with: the ledger's JSON (ISO
	 * dates), the same as the published envelope.
	 */
	@Bean
	ObjectMapper defaultAxonObjectMapper() {
		return LedgerJson.configure(new ObjectMapper());
	}

	/** Spring MVC's mapper, kept as Spring Boot builds it (problem details included). */
	@Bean
	@Primary
	ObjectMapper jacksonObjectMapper(Jackson2ObjectMapperBuilder builder) {
		return builder.build();
	}

	/** Stores each event's {@code @SchemaRevision} as its payload revision. */
	@Bean
	RevisionResolver schemaRevisionResolver() {
		return new SchemaRevisionResolver();
	}

	/**
	 * Migrates a stored event of an older schema revision as it is read, so the aggregate
	 * replays an older ledger's history (Axon registers every upcaster bean).
	 */
	@Bean
	SchemaMigrationUpcaster schemaMigrationUpcaster() {
		return new SchemaMigrationUpcaster();
	}

	/**
	 * Puts the parent message's id under {@code correlationId} and the root's under
	 * {@code traceId} in every event's metadata.
	 */
	@Bean
	CorrelationDataProvider messageOriginProvider() {
		return new MessageOriginProvider();
	}

	/** The rule set new assessments are recommended with; injected into the aggregate. */
	@Bean
	RuleSet ruleSet() {
		return RuleSets.current();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
