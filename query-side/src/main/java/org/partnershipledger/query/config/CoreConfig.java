package org.partnershipledger.query.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.partnershipledger.api.identity.IdentityTokens;

/** Beans shared by several features. */
@Configuration(proxyBeanMethods = false)
class CoreConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Fails start-up when SPRING_DATASOURCE_PASSWORD is not set. */
	@Bean
	static DatabasePasswordRequired databasePasswordRequired() {
		return new DatabasePasswordRequired();
	}

	/** Fails start-up when LEDGER_INTERNAL_SECRET is missing or shorter than 32 bytes. */
	@Bean
	IdentityTokens identityTokens(LedgerProperties properties) {
		return new IdentityTokens(properties.internalSecret(), properties.identityTokenLifetime());
	}

}
