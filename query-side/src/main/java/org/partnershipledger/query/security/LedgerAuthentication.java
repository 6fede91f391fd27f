package org.partnershipledger.query.security;

import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.identity.RecentSignIns;
import org.partnershipledger.query.identity.SignInFailures;
import org.partnershipledger.query.identity.SignInRefused;
import org.partnershipledger.query.identity.UserDirectory;

/**
 * Username and password sign-in, by the form and by HTTP Basic alike. An account or
 * address that failed too often is refused before any password is checked; a check that
 * succeeded in the last minute is not repeated ({@link RecentSignIns}), so HTTP Basic on
 * the API costs one BCrypt check a minute per client; every failure is counted for the
 * account and the address, and in metrics.
 */
@Component
class LedgerAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final UserDirectory directory;

	private final SignInFailures failures;

	private final RecentSignIns recent;

	private final SignInEvents events;

	LedgerAuthentication(UserDetailsService users, PasswordEncoder encoder, UserDirectory directory,
			SignInFailures failures, RecentSignIns recent, SignInEvents events) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.directory = directory;
		this.failures = failures;
		this.recent = recent;
		this.events = events;
	}

	/**
	 * Signs the person in; a database that cannot be reached meanwhile is an internal
	 * authentication failure, answered 503 with Retry-After, not a 500.
	 */
	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			return check(authentication);
		}
		catch (DataAccessException ex) {
			throw new InternalAuthenticationServiceException("The ledger's database cannot check who you are", ex);
		}
	}

	private Authentication check(Authentication authentication) {
		String username = authentication.getName();
		String password = (authentication.getCredentials() != null) ? authentication.getCredentials().toString() : "";
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		try {
			this.failures.checkAllowed(username, address);
		}
		catch (SignInRefused refused) {
			this.events.failed("password", username, address, refused.reason());
			throw refused;
		}
		Optional<LedgerUser> known = this.recent.username(username, password).flatMap(this.directory::signInUser);
		if (known.isPresent()) {
			return signedIn(known.get(), authentication);
		}
		Authentication result;
		this.events.passwordChecked();
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.failures.failed(username, address);
			this.events.failed("password", username, address, "bad_credentials");
			throw ex;
		}
		this.failures.succeeded(username);
		this.recent.remember(username, password);
		return result;
	}

	private static Authentication signedIn(LedgerUser user, Authentication request) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		token.setDetails(request.getDetails());
		return token;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
