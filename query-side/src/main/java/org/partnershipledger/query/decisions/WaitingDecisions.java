package org.partnershipledger.query.decisions;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.partnership.JointDecision;

/**
 * The joint decisions waiting for the person's own organisation, across every partnership
 * it is a party to, the longest waiting first: a join of the parties table with each
 * overview's pending decisions, so it reads only the person's partnerships.
 */
@Repository
public class WaitingDecisions {

	private final JdbcClient jdbc;

	WaitingDecisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<WaitingDecision> waitingFor(Identity person) {
		if (person == null || person.organisation() == null || person.role() == UserRole.AUDITOR
				|| person.role() == UserRole.ADMIN) {
			return List.of();
		}
		return this.jdbc
			.sql("select o.partnership_id, o.title, p.party_id, d.value::text as decision"
					+ " from partnership_overview o"
					+ " join partnership_party p on p.partnership_id = o.partnership_id"
					+ " cross join lateral jsonb_array_elements("
					+ "coalesce(o.document -> 'pendingDecisions', '[]'::jsonb)) d"
					+ " where p.identifier_scheme = :scheme and p.identifier_id = :id"
					+ " and d.value -> 'awaitingPartyIds' @> jsonb_build_array(p.party_id)"
					+ " order by d.value ->> 'proposedAt', o.partnership_id")
			.param("scheme", person.organisation().identifier().scheme())
			.param("id", person.organisation().identifier().id())
			.query((row, number) -> new WaitingDecision(row.getString("partnership_id"), row.getString("title"),
					row.getString("party_id"), LedgerJson.read(row.getString("decision"), JointDecision.class)))
			.list();
	}

}
