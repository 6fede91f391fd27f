package org.partnershipledger.command.identity;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.api.identity.IdentityTokens.BoundRequest;

/**
 * Reads the body of a request that carries an identity token before anything else does,
 * so that the token can be checked against the request it was issued for (method, target
 * and body digest); the body is then handed on as read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BoundRequestFilter extends OncePerRequestFilter {

	/** The request attribute that holds the {@link BoundRequest}. */
	static final String ATTRIBUTE = BoundRequestFilter.class.getName();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(IdentityTokens.HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
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
					(encoding != null) ? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

	}

}
