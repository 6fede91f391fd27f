package org.partnershipledger.query.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs people in from the {@link UserDirectory}, for pages and the API alike. */
@Component
class LedgerUserDetailsService implements UserDetailsService {

	private final UserDirectory directory;

	LedgerUserDetailsService(UserDirectory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.directory.signInUser(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such person: " + username));
	}

}
