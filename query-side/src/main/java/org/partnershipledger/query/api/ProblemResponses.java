package org.partnershipledger.query.api;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import org.partnershipledger.query.identity.SignInRefused;

/**
 * Writes Spring Security's 401 and 403 on the API as problem+json, like every other API
 * error; a sign-in refused after too many failures is a 429 with Retry-After. No
 * WWW-Authenticate header, so a browser shows no sign-in pop-up.
 */
@Component
public class ProblemResponses implements AuthenticationEntryPoint {

	private static final String RETRY_AFTER_SECONDS = "5";

	private final ObjectMapper json;

	public ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * 401, unless the person could not be checked at all (the web app's database is down
	 * or restarting): then 503 with a {@code Retry-After}, since the same request will
	 * succeed once it is back.
	 */
	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (exception instanceof SignInRefused refused) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refused.retryAfter().toSeconds())));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", refused.getMessage());
			return;
		}
		if (exception instanceof InternalAuthenticationServiceException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "The ledger cannot check who you are just now",
					"Your sign-in could not be checked because the ledger's database is not available; nothing was "
							+ "done. Send the same request again in a few seconds.");
			return;
		}
		write(request, response, HttpStatus.UNAUTHORIZED, "Sign-in required",
				"Send a personal API token (Authorization: Bearer, created on your account page), or sign in "
						+ "with HTTP Basic: the username and password that the administrator gave you.");
	}

	public AccessDeniedHandler accessDenied() {
		return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN, "Not allowed",
				"Your role does not allow this operation.");
	}

	/** 413: the request body is over {@code maxBytes}. */
	public void tooLarge(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
		write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
				"The request body must be at most " + maxBytes + " bytes.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
