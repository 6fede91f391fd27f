package org.partnershipledger.command.config;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A command that fails because the event store cannot take writes just now (PostgreSQL
 * restarting or unreachable, the pool out of connections, the database read-only or its
 * disk full) is answered 503 with a problem that says so and a {@code Retry-After}, not
 * as an internal error: the append and its chain link share one transaction, so nothing
 * was recorded, and the same command can simply be sent again. Runs before the API's own
 * problem handlers; any other failure is left to them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoreUnavailableResolver implements HandlerExceptionResolver {

	static final int RETRY_AFTER_SECONDS = 5;

	private static final Logger log = LoggerFactory.getLogger(StoreUnavailableResolver.class);

	/**
	 * PostgreSQL's SQL states that mean "not now": connection exceptions (class 08),
	 * insufficient resources such as a full disk (class 53), the server shutting down or
	 * starting (57P01-57P03), and a read-only transaction (25006).
	 */
	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "25006");

	private final ObjectMapper json;

	StoreUnavailableResolver(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		Optional<String> reason = unavailable(ex);
		if (reason.isEmpty()) {
			return null;
		}
		log.warn("A command was refused because the event store cannot take writes: {}", reason.get());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The event store cannot record changes just now (" + reason.get() + "), so nothing was recorded. "
						+ "Send the same request again in a few seconds.");
		problem.setType(java.net.URI.create("urn:partnership-ledger:problem:store-unavailable"));
		problem.setTitle("The ledger cannot record changes just now");
		try {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
		}
		catch (IOException writeFailed) {
			log.debug("Could not write the 503 problem", writeFailed);
		}
		return new ModelAndView();
	}

	/** Why the store is unavailable, if that is what the failure says. */
	static Optional<String> unavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql) {
				for (SQLException next = sql; next != null; next = next.getNextException()) {
					String state = next.getSQLState();
					if (next instanceof SQLTransientConnectionException
							|| next instanceof SQLNonTransientConnectionException
							|| (state != null && (state.startsWith("08") || state.startsWith("53")
									|| UNAVAILABLE_STATES.contains(state)))) {
						return Optional.of(firstLine(next.getMessage()));
					}
				}
			}
			if (cause instanceof TransactionSystemException system) {
				// a commit lost with its connection, and the rollback after it failed
				// too:
				// the commit's failure is kept (a transaction template) or not (a
				// transaction manager throws the failed rollback alone)
				Optional<String> commit = (system.getApplicationException() != null)
						? unavailable(system.getApplicationException()) : Optional.empty();
				if (commit.isPresent()) {
					return commit;
				}
				if (system.getCause() instanceof SQLException lost) {
					return Optional.of(firstLine(system.getMessage()) + ": " + firstLine(lost.getMessage()));
				}
			}
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException) {
				return Optional.of(firstLine(cause.getMessage()));
			}
		}
		return Optional.empty();
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no connection";
		}
		int end = message.indexOf('\n');
		return ((end < 0) ? message : message.substring(0, end)).strip();
	}

}
