package org.partnershipledger.command.config;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands on one partnership take turns before they take a database connection; one that
 * waits too long is a 409 problem with a Retry-After. Other partnerships and
 * registrations do not wait.
 */
class OneCommandPerPartnershipTest {

	private final OneCommandPerPartnership turns = new OneCommandPerPartnership(Duration.ofMillis(200),
			new ObjectMapper());

	@Test
	void aSecondCommandOnABusyPartnershipWaitsThenIsToldToRetry() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture
			.supplyAsync(() -> run("/internal/v1/partnerships/p-1/parties", () -> {
				inside.countDown();
				await(finish);
			}));
		assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse second = run("/internal/v1/partnerships/p-1/vision", () -> {
		});
		MockHttpServletResponse otherPartnership = run("/internal/v1/partnerships/p-2/vision", () -> {
		});
		MockHttpServletResponse registration = run("/internal/v1/partnerships", () -> {
		});
		finish.countDown();

		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getHeader("Retry-After")).isEqualTo("1");
		assertThat(second.getContentType()).isEqualTo("application/problem+json");
		assertThat(second.getContentAsString()).contains("urn:partnership-ledger:problem:busy", "nothing was recorded");
		assertThat(otherPartnership.getStatus()).isEqualTo(200);
		assertThat(registration.getStatus()).isEqualTo(200);
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(run("/internal/v1/partnerships/p-1/vision", () -> {
		}).getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse run(String path, Runnable handler) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.turns.doFilter(request, response, new MockFilterChain() {
				@Override
				public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
					handler.run();
				}
			});
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
