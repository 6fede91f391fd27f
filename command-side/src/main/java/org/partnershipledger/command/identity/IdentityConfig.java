package org.partnershipledger.command.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.partnershipledger.api.identity.IdentityTokens;

/** Identity tokens, and {@code Identity} as a controller method argument. */
@Configuration(proxyBeanMethods = false)
class IdentityConfig {

	@Bean
	IdentityTokens identityTokens(IdentitySettings settings) {
		return new IdentityTokens(settings.secret(), settings.tokenLifetime());
	}

	@Bean
	WebMvcConfigurer identityArgument(IdentityTokens tokens, Clock clock) {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new VerifiedIdentityResolver(tokens, clock));
			}

		};
	}

}
