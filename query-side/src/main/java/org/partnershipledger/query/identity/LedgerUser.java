package org.partnershipledger.query.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.partnershipledger.api.identity.Identity;

/**
 * A signed-in person: Spring Security's view of them (authority {@code ROLE_<role>}) and
 * the {@link Identity} the command side is told about. Use it in controllers with
 * {@code @AuthenticationPrincipal LedgerUser user}.
 */
public final class LedgerUser implements UserDetails {

	private final Identity identity;

	private final String passwordHash;

	public LedgerUser(Identity identity, String passwordHash) {
		this.identity = identity;
		this.passwordHash = passwordHash;
	}

	public Identity identity() {
		return this.identity;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.identity.role().name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.identity.username();
	}

	@Override
	public String toString() {
		return "LedgerUser[" + this.identity.username() + ", " + this.identity.role() + "]";
	}

}
