package org.partnershipledger.command.config;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.partnershipledger.api.CommandRoute;

/**
 * Commands on one partnership take turns here, before any database connection is taken.
 * Axon takes the aggregate's lock only inside the command's transaction, so without this
 * every command waiting for a busy partnership holds one of the pool's connections: 64
 * people changing one partnership at once held all ten, and commands on every other
 * partnership queued behind them (measured: seconds each). A command that has waited
 * {@code ledger.command.partnership-wait} (1.5 s, so no client waits more than about 2 s)
 * for its turn is answered 409 with a {@code Retry-After}: nothing was recorded, and
 * sending it again is safe.
 */
@Component
class OneCommandPerPartnership extends OncePerRequestFilter {

	private static final String PREFIX = CommandRoute.INTERNAL_PREFIX + "/partnerships/";

	static final int RETRY_AFTER_SECONDS = 1;

	private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();

	private final Duration wait;

	private final ObjectMapper json;

	OneCommandPerPartnership(@Value("${ledger.command.partnership-wait:1500ms}") Duration wait, ObjectMapper json) {
		this.wait = wait;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || partnershipOf(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String partnershipId = partnershipOf(request);
		Turn turn = this.turns.compute(partnershipId, (id, existing) -> {
			Turn taken = (existing != null) ? existing : new Turn();
			taken.waiting++;
			return taken;
		});
		boolean acquired = false;
		try {
			acquired = turn.semaphore.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
			if (!acquired) {
				busy(request, response);
				return;
			}
			chain.doFilter(request, response);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			busy(request, response);
		}
		finally {
			if (acquired) {
				turn.semaphore.release();
			}
			this.turns.computeIfPresent(partnershipId, (id, taken) -> (--taken.waiting == 0) ? null : taken);
		}
	}

	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Many changes to this partnership are being made at once, and this one did not get its turn within "
						+ this.wait.toMillis() / 1000.0 + " s, so nothing was recorded. Send it again in a moment.");
		problem.setType(URI.create("urn:partnership-ledger:problem:busy"));
		problem.setTitle("The partnership is busy");
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.CONFLICT.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/** The partnership a command's path names, {@code null} for a registration. */
	private static String partnershipOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(PREFIX)) {
			return null;
		}
		String rest = path.substring(PREFIX.length());
		int end = rest.indexOf('/');
		String id = (end < 0) ? rest : rest.substring(0, end);
		return id.isEmpty() ? null : id;
	}

	/** One partnership's turn: one command at a time, first come first served. */
	private static final class Turn {

		private final Semaphore semaphore = new Semaphore(1, true);

		private int waiting;

	}

}
