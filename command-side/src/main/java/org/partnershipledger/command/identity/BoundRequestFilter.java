package org.partnershipledger.command.identity;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.api.identity.IdentityTokens.BoundRequest;
import org.partnershipledger.api.identity.InvalidIdentityTokenException;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * Reads the body of a request that carries a current identity token before anything else
 * does, so that the token can be checked against the request it was issued for (method,
 * target and body digest); the body is then handed on as read. A token that is not the
 * web app's, or has expired, is refused before any of the body is read; a body larger
 * than {@value #MAX_BODY_BYTES} bytes is refused (413) without being held.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BoundRequestFilter extends OncePerRequestFilter {

	/**
	 * The request attribute that holds the {@link BoundRequest}, or the
	 * {@link InvalidIdentityTokenException} its token was refused with.
	 */
	static final String ATTRIBUTE = BoundRequestFilter.class.getName();

	/**
	 * The largest body read: four times the largest Kafka record, so that a command too
	 * large to publish is still read and refused naming its field (the web app takes at
	 * most 512 KB from anyone).
	 */
	static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

	private final IdentityTokens tokens;

	private final Clock clock;

	BoundRequestFilter(IdentityTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(IdentityTokens.HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.tokens.checkCurrent(request.getHeader(IdentityTokens.HEADER), this.clock.instant());
		}
		catch (InvalidIdentityTokenException refused) {
			request.setAttribute(ATTRIBUTE, refused);
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
					"A command's body is at most " + MAX_BODY_BYTES + " bytes; nothing was recorded.");
			problem.setType(URI.create("urn:partnership-ledger:problem:too-large"));
			problem.setTitle("The request is too large");
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			LedgerJson.mapper().writeValue(response.getOutputStream(), problem);
			return;
		}
		request.setAttribute(ATTRIBUTE,
				BoundRequest.of(request.getMethod(), request.getRequestURI(), request.getQueryString(), body));
		chain.doFilter(new ReadBody(request, body), response);
	}

	/** The request with its body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

	}

}
