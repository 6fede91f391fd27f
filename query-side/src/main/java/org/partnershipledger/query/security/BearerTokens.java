package org.partnershipledger.query.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import org.partnershipledger.query.identity.ApiTokens;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.identity.SignInFailures;
import org.partnershipledger.query.identity.SignInRefused;

/**
 * {@code Authorization: Bearer <token>} on the API: a personal API token signs its owner
 * in with a SHA-256 and an indexed read, no password hashing. An unknown or revoked token
 * is a 401, counted against the address like a wrong password.
 */
class BearerTokens extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final ApiTokens tokens;

	private final SignInFailures failures;

	private final SignInEvents events;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokens(ApiTokens tokens, SignInFailures failures, SignInEvents events, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.failures = failures;
		this.events = events;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		Optional<LedgerUser> user;
		try {
			user = signIn(header.substring(BEARER.length()).strip(), address);
		}
		catch (SignInRefused refused) {
			this.events.failed("token", null, address, refused.reason());
			this.entryPoint.commence(request, response, refused);
			return;
		}
		catch (DataAccessException ex) {
			this.entryPoint.commence(request, response,
					new InternalAuthenticationServiceException("The ledger's database cannot check the token", ex));
			return;
		}
		if (user.isEmpty()) {
			this.events.failed("token", null, address, "bad_token");
			this.entryPoint.commence(request, response,
					new BadCredentialsException("The API token is not known, or was revoked"));
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

	/** The token's owner, counting a failure from the address when there is none. */
	private Optional<LedgerUser> signIn(String token, String address) {
		this.failures.checkAllowed(null, address);
		Optional<LedgerUser> user = this.tokens.signIn(token);
		if (user.isEmpty()) {
			this.failures.failed(null, address);
		}
		return user;
	}

}
