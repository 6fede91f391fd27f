package org.partnershipledger.query.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts and logs every 403 the web app answers, whoever decided it: the security chain
 * (a role that may not) or a page or API call (a partnership the person is no party to).
 * It wraps the security chain, so it learns who asked from where the chain keeps the
 * sign-in: the request (API) or the session (pages).
 */
class ForbiddenAnswers extends OncePerRequestFilter {

	private final SignInEvents events;

	ForbiddenAnswers(SignInEvents events) {
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
				this.events.forbidden(request.getRequestURI().startsWith("/api/") ? "api" : "pages",
						request.getMethod(), request.getRequestURI(), username(request));
			}
		}
	}

	private static String username(HttpServletRequest request) {
		Object context = request.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
		HttpSession session = request.getSession(false);
		if (!(context instanceof SecurityContext) && session != null) {
			context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		}
		return (context instanceof SecurityContext security && security.getAuthentication() != null)
				? security.getAuthentication().getName() : null;
	}

}
