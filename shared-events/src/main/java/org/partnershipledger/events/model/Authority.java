package org.partnershipledger.events.model;

/**
 * Under what authority something was done, for example a contract clause "Clause 24.2".
 */
public record Authority(AuthorityType type, String reference) {

	public static final Authority NONE = new Authority(AuthorityType.NONE, null);

	public Authority {
		Require.present(type, "type");
		reference = (reference == null || reference.isBlank()) ? null : reference.strip();
	}

}
