package org.partnershipledger.query.security;

import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.partnershipledger.query.api.ProblemResponses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body sent in chunks declares no length; it is read up to the cap and refused at the
 * first byte beyond it, or passed on whole.
 */
class RequestBodyLimitTest {

	private final RequestBodyLimit limit = new RequestBodyLimit(1000, new ProblemResponses(new ObjectMapper()));

	@Test
	void aChunkedBodyOverTheCapIs413AndGoesNoFurther() throws Exception {
		AtomicReference<ServletRequest> passedOn = new AtomicReference<>();
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.limit.doFilter(chunked(new byte[1001]), response, (request, ignored) -> passedOn.set(request));

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(passedOn.get()).isNull();
	}

	@Test
	void aChunkedBodyWithinTheCapIsPassedOnWhole() throws Exception {
		AtomicReference<byte[]> read = new AtomicReference<>();
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.limit.doFilter(chunked(new byte[1000]), response,
				(request, ignored) -> read.set(request.getInputStream().readAllBytes()));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(read.get()).hasSize(1000);
	}

	private static MockHttpServletRequest chunked(byte[] body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/partnerships") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		request.setContent(body);
		return request;
	}

}
