package org.partnershipledger.query.security;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

import org.partnershipledger.query.identity.RecentSignIns;
import org.partnershipledger.query.identity.SignInFailures;
import org.partnershipledger.query.identity.UserDirectory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

/**
 * Found by fault test F4 (PostgreSQL restarted under load): a sign-in while the web app's
 * database cannot be reached was a 500, because the checks around the password (the
 * failure count, the directory) threw their database error past Spring Security. It is an
 * internal authentication failure, which the API answers 503 with Retry-After.
 */
class DatabaseDownSignInTest {

	@Test
	void aSignInWhileTheDatabaseIsDownIsAnInternalAuthenticationFailureNotAServerError() {
		JdbcClient down = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
		given(down.sql(anyString())).willThrow(new DataAccessResourceFailureException("connection refused"));
		LedgerAuthentication authentication = new LedgerAuthentication(mock(UserDetailsService.class),
				NoOpPasswordEncoder.getInstance(), mock(UserDirectory.class),
				new SignInFailures(down, Clock.systemUTC()), new RecentSignIns(Clock.systemUTC()),
				mock(SignInEvents.class));

		assertThatThrownBy(() -> authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("someone", "a-long-password")))
			.isInstanceOf(InternalAuthenticationServiceException.class)
			.hasCauseInstanceOf(DataAccessResourceFailureException.class);
	}

}
