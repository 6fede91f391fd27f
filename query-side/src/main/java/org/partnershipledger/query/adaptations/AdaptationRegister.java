package org.partnershipledger.query.adaptations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.query.partnership.Adaptation;

/**
 * The adaptation register across the portfolio: one row per adaptation, written when an
 * event changes it, in the projection's transaction (so re-applying changes nothing), and
 * read with the same visibility as the portfolio: the partnerships the person's
 * organisation is or was a party to; every one for an auditor; none for an administrator.
 */
@Repository
public class AdaptationRegister {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	public AdaptationRegister(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Replaces the partnership's rows with these adaptations: what a rebuild writes. Call
	 * in the projection's transaction, after the overview is stored.
	 */
	public void replace(String partnershipId, List<Adaptation> adaptations) {
		this.jdbc.sql("delete from adaptation_register where partnership_id = :id").param("id", partnershipId).update();
		store(partnershipId, adaptations);
	}

	/**
	 * Writes these adaptations of the partnership as they now stand, whether new or
	 * changed: what the projection writes for an event. Re-applying changes nothing.
	 */
	public void store(String partnershipId, List<Adaptation> adaptations) {
		if (adaptations.isEmpty()) {
			return;
		}
		MapSqlParameterSource[] rows = adaptations.stream()
			.map((adaptation) -> new MapSqlParameterSource().addValue("partnershipId", partnershipId)
				.addValue("adaptationId", adaptation.adaptationId())
				.addValue("title", adaptation.title())
				.addValue("category", adaptation.category().name())
				.addValue("formality", adaptation.formality().name())
				.addValue("status", adaptation.status().name())
				.addValue("urgent", adaptation.urgent())
				.addValue("proposedByPartyId", adaptation.proposedByPartyId())
				.addValue("proposedByPartyName", adaptation.proposedByPartyName())
				.addValue("proposedAt", timestamp(adaptation.proposedAt()))
				.addValue("decidedAt", timestamp(adaptation.decidedAt()))
				.addValue("implementedOn",
						(adaptation.implementation() != null) ? adaptation.implementation().implementedOn() : null)
				.addValue("effect", (adaptation.evaluation() != null) ? adaptation.evaluation().effect().name() : null)
				.addValue("valueChangePct",
						(adaptation.expectedImpact() != null) ? adaptation.expectedImpact().valueChangePct() : null)
				.addValue("termChangePct",
						(adaptation.expectedImpact() != null) ? adaptation.expectedImpact().termChangePct() : null))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate("""
				insert into adaptation_register (partnership_id, adaptation_id, title, category, formality, status,
				    urgent, proposed_by_party_id, proposed_by_party_name, proposed_at, decided_at, implemented_on,
				    effect, value_change_pct, term_change_pct)
				values (:partnershipId, :adaptationId, :title, :category, :formality, :status, :urgent,
				    :proposedByPartyId, :proposedByPartyName, :proposedAt, :decidedAt, :implementedOn, :effect,
				    :valueChangePct, :termChangePct)
				on conflict (partnership_id, adaptation_id) do update set
				    title = excluded.title, category = excluded.category, formality = excluded.formality,
				    status = excluded.status, urgent = excluded.urgent,
				    proposed_by_party_id = excluded.proposed_by_party_id,
				    proposed_by_party_name = excluded.proposed_by_party_name, proposed_at = excluded.proposed_at,
				    decided_at = excluded.decided_at, implemented_on = excluded.implemented_on,
				    effect = excluded.effect, value_change_pct = excluded.value_change_pct,
				    term_change_pct = excluded.term_change_pct
				""", rows);
	}

	/**
	 * The adaptations the person may see that match the filter, most recently proposed
	 * first.
	 */
	public List<AdaptationRegisterEntry> find(Identity viewer, AdaptationFilter filter) {
		return find(viewer, null, filter);
	}

	/**
	 * One partnership's adaptations in the register, if the person may see it, most
	 * recently proposed first.
	 */
	public List<AdaptationRegisterEntry> find(Identity viewer, String partnershipId, AdaptationFilter filter) {
		if (viewer == null || viewer.role() == UserRole.ADMIN) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("""
				select a.*, o.title as partnership_title
				from adaptation_register a join partnership_overview o on o.partnership_id = a.partnership_id
				where true""");
		Map<String, Object> params = new HashMap<>();
		if (viewer.role() != UserRole.AUDITOR) {
			sql.append(" and exists (select 1 from partnership_party p where p.partnership_id = a.partnership_id"
					+ " and p.identifier_scheme = :scheme and p.identifier_id = :organisation)");
			params.put("scheme", viewer.organisation().identifier().scheme());
			params.put("organisation", viewer.organisation().identifier().id());
		}
		if (partnershipId != null) {
			sql.append(" and a.partnership_id = :partnershipId");
			params.put("partnershipId", partnershipId);
		}
		if (filter.category() != null) {
			sql.append(" and a.category = :category");
			params.put("category", filter.category().name());
		}
		if (filter.status() != null) {
			sql.append(" and a.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.formality() != null) {
			sql.append(" and a.formality = :formality");
			params.put("formality", filter.formality().name());
		}
		sql.append(" order by a.proposed_at desc, lower(o.title), a.adaptation_id");
		return this.jdbc.sql(sql.toString()).params(params).query(AdaptationRegister::entry).list();
	}

	private static AdaptationRegisterEntry entry(ResultSet rs, int row) throws SQLException {
		String effect = rs.getString("effect");
		return new AdaptationRegisterEntry(rs.getString("partnership_id"), rs.getString("partnership_title"),
				rs.getString("adaptation_id"), rs.getString("title"),
				AdaptationCategory.valueOf(rs.getString("category")),
				AdaptationFormality.valueOf(rs.getString("formality")),
				AdaptationStatus.valueOf(rs.getString("status")), rs.getBoolean("urgent"),
				rs.getString("proposed_by_party_id"), rs.getString("proposed_by_party_name"),
				instant(rs.getTimestamp("proposed_at")), instant(rs.getTimestamp("decided_at")),
				rs.getObject("implemented_on", LocalDate.class),
				(effect != null) ? AdaptationEffect.valueOf(effect) : null, rs.getBigDecimal("value_change_pct"),
				rs.getBigDecimal("term_change_pct"));
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}
