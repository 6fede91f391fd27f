package org.partnershipledger.query.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.util.unit.DataSize;

import org.partnershipledger.query.api.ProblemResponses;
import org.partnershipledger.query.identity.ApiTokens;
import org.partnershipledger.query.identity.SignInFailures;

/**
 * Two ways in. The JSON API under /api/** is stateless: a personal API token
 * ({@link BearerTokens}) or HTTP Basic on every request, no CSRF token, session cookies
 * ignored (so no page elsewhere can make a signed-in browser call it), errors as
 * problem+json. Pages use a session with form sign-in at /sign-in and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	private static final String[] PUBLIC_PAGES = { "/sign-in", "/webjars/**", "/css/**", "/js/**", "/assets/**",
			"/framework", "/framework/**", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/error", "/favicon.ico" };

	/**
	 * Who may take checkpoints and verify the whole history: auditors, as on the command
	 * side. Checkpoints and reports name every partnership in the ledger.
	 */
	private static final String VERIFIER = "AUDITOR";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Around the security chain, so it sees every 403, whoever answered it. */
	@Bean
	FilterRegistrationBean<ForbiddenAnswers> forbiddenAnswers(SignInEvents events) {
		FilterRegistrationBean<ForbiddenAnswers> registration = new FilterRegistrationBean<>(
				new ForbiddenAnswers(events));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Every API request body at most {@code ledger.api.max-body-size} (512 KB unless
	 * set): well below what the event stream can carry, and far above any real command.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
			@Value("${ledger.api.max-body-size:512KB}") DataSize maxBodySize, ProblemResponses problems) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(maxBodySize.toBytes(), problems));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ApiTokens tokens, SignInFailures failures,
			SignInEvents events) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/checkpoints", "/api/v1/checkpoints/**", "/api/v1/verification")
				.hasRole(VERIFIER)
				.requestMatchers(HttpMethod.POST, "/api/v1/partnerships", "/api/v1/partnerships/**")
				.hasAnyRole("COMMISSIONER", "PROVIDER", "AUDITOR")
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new BearerTokens(tokens, failures, events, problems), BasicAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems.accessDenied()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityHeaders::forApi)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.requestMatchers("/admin", "/admin/**", "/actuator/prometheus")
				.hasRole("ADMIN")
				.requestMatchers("/audit/**")
				.hasRole(VERIFIER)
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/sign-in").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out").permitAll())
			.headers(SecurityHeaders::forPages)
			.build();
	}

}
