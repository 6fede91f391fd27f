package org.partnershipledger.query.config;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views' database has no default password: a deployment that forgets to set one must
 * not quietly try the well-known one.
 */
class DatabasePasswordTest {

	private final ApplicationContextRunner app = new ApplicationContextRunner().withBean(DatabasePasswordRequired.class,
			DatabasePasswordRequired::new);

	@Test
	void theSettingsGiveNoDefaultDatabasePassword() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);

		assertThat(environment.getProperty("spring.datasource.url")).isNotBlank();
		assertThat(environment.getProperty("spring.datasource.password")).isNullOrEmpty();
	}

	@Test
	void withoutADatabasePasswordTheAppDoesNotStart() {
		this.app.withPropertyValues("spring.datasource.url=jdbc:postgresql://db:5432/ledger_views")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("SPRING_DATASOURCE_PASSWORD is not set"));
	}

	@Test
	void withADatabasePasswordItStarts() {
		this.app
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db:5432/ledger_views",
					"spring.datasource.password=from-the-environment")
			.run((context) -> assertThat(context).hasNotFailed());
	}

}
