package org.partnershipledger.query.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who registered which partnership through this web app. The command side answers the
 * registrant with the new id before the views have it; this lets a read tell them "still
 * being processed" instead of "not found", while anyone else asking for that id is told
 * only what they would be told of any id they may not see.
 */
@Repository
public class PartnershipRegistrations {

	private final JdbcClient jdbc;

	PartnershipRegistrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Remembers that the person registered the partnership. */
	public void registered(String partnershipId, String username) {
		this.jdbc.sql("""
				insert into partnership_registration (partnership_id, username) values (:id, :username)
				on conflict (partnership_id) do nothing
				""").param("id", partnershipId).param("username", username).update();
	}

	public boolean registeredBy(String partnershipId, String username) {
		return this.jdbc
			.sql("select count(*) from partnership_registration where partnership_id = :id and username = :username")
			.param("id", partnershipId)
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

}
