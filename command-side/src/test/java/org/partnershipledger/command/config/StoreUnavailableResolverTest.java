package org.partnershipledger.command.config;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the event store cannot take writes just now" (503, send again) and
 * which are something else (left to the API's problem handlers).
 */
class StoreUnavailableResolverTest {

	@Test
	void aReadOnlyOrFullOrStoppingDatabaseIsUnavailable() {
		assertThat(StoreUnavailableResolver.unavailable(new EventStoreException("could not be persisted",
				new SQLException("cannot execute INSERT in a read-only transaction", "25006"))))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("read-only"));
		assertThat(StoreUnavailableResolver
			.unavailable(new EventStoreException("x", new SQLException("could not extend file: No space", "53100"))))
			.isPresent();
		assertThat(StoreUnavailableResolver.unavailable(new SQLException("terminating connection", "57P01")))
			.isPresent();
		assertThat(StoreUnavailableResolver.unavailable(new SQLException("Connection refused", "08001"))).isPresent();
	}

	@Test
	void noConnectionFromThePoolIsUnavailable() {
		assertThat(StoreUnavailableResolver.unavailable(new CannotCreateTransactionException("Could not open",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
			.isPresent();
	}

	@Test
	void aCommitLostWithItsConnectionWhoseRollbackFailedTooIsUnavailable() {
		// found by fault test F4 (PostgreSQL stopped with an immediate shutdown
		// mid-commit)
		TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("This connection has been closed."));
		rollbackFailed.initApplicationException(new DataAccessResourceFailureException(
				"JDBC commit; An I/O error occurred while sending to the backend."));
		assertThat(StoreUnavailableResolver.unavailable(rollbackFailed)).isPresent();
	}

	@Test
	void aRollbackThatFailedWithItsConnectionIsUnavailableThoughTheCommitsFailureIsNotKept() {
		// found by fault test F4: Axon's transaction commits through Spring's transaction
		// manager, which throws the failed rollback alone (the pool's "Connection is
		// closed" has no SQL state)
		assertThat(StoreUnavailableResolver.unavailable(
				new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("Connection is closed"));
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(StoreUnavailableResolver.unavailable(new IllegalStateException("a bug"))).isEmpty();
		assertThat(StoreUnavailableResolver
			.unavailable(new EventStoreException("x", new SQLException("duplicate key value", "23505")))).isEmpty();
	}

}
