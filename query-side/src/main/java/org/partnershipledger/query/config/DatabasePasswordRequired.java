package org.partnershipledger.query.config;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Stops start-up, before anything connects, when the views' database has no password
 * configured (SPRING_DATASOURCE_PASSWORD, or a {@code password} in the JDBC URL). There
 * is no default: a forgotten setting must not quietly try a well-known password.
 */
class DatabasePasswordRequired implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String password = this.environment.getProperty("spring.datasource.password");
		String url = this.environment.getProperty("spring.datasource.url", "");
		if ((password == null || password.isBlank()) && !url.contains("password=")) {
			throw new IllegalStateException("SPRING_DATASOURCE_PASSWORD is not set. The views' database "
					+ "(SPRING_DATASOURCE_URL) has no default password: set it to the password of "
					+ "SPRING_DATASOURCE_USERNAME.");
		}
	}

}
