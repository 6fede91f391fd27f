package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.events.model.BusinessCalendar;

/**
 * The checks the decisions of several areas share: where the partnership must be in its
 * life, what a command may name (parties, measures, adaptations), and how the problems
 * found are refused. Who may act is {@link Acting}'s.
 */
final class Guards {

	private Guards() {
	}

	static void requireModelChosen(PartnershipState state, String doing) {
		if (state.chosenModel() == null) {
			throw PartnershipRejection
				.conflict("Choose the partnership model before " + doing + "; the partnership is " + state.status());
		}
	}

	/**
	 * A command is taken only at the stage of the partnership's life its route names: the
	 * same rule the pages offer it by.
	 */
	static void requireStage(PartnershipState state, CommandRoute route, String doing) {
		if (!route.stage().accepts(state.status())) {
			throw PartnershipRejection
				.conflict(capitalise(doing) + " needs " + route.stage().needs() + "; it is " + state.status());
		}
	}

	/**
	 * The one of a partnership's entities with the id: a person who may see the
	 * partnership learns that there is none (404).
	 */
	static <T> T existing(Map<String, T> entities, String id, String what) {
		T entity = entities.get(id);
		if (entity == null) {
			throw PartnershipRejection.noSuch("There is no " + what + " " + id + " in this partnership");
		}
		return entity;
	}

	static List<FieldProblem> notParties(PartnershipState state, Collection<String> partyIds, String field) {
		return unknown(state.parties(), partyIds, field, "Name only parties of this partnership; not parties: ");
	}

	static List<FieldProblem> unknownMeasures(PartnershipState state, Collection<String> measureIds, String field) {
		return unknown(state.measures(), measureIds, field,
				"Name only outcome measures of this partnership; unknown: ");
	}

	/** An adaptation named (none is fine) must be one of this partnership. */
	static List<FieldProblem> unknownAdaptation(PartnershipState state, String adaptationId, String field) {
		if (blankToNull(adaptationId) == null || state.adaptations().containsKey(adaptationId)) {
			return List.of();
		}
		return List.of(new FieldProblem(field, "There is no adaptation " + adaptationId + " in this partnership"));
	}

	/** The ids not among the known ones, as one problem of the field. */
	static List<FieldProblem> unknown(Map<String, ?> known, Collection<String> ids, String field, String message) {
		List<String> unknown = ids.stream().filter((id) -> !known.containsKey(id)).toList();
		return unknown.isEmpty() ? List.of() : List.of(new FieldProblem(field, message + String.join(", ", unknown)));
	}

	static void rejectIfAny(String message, List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw PartnershipRejection.unprocessable(message, problems);
		}
	}

	/** As {@link #rejectIfAny}, with each problem spelled out in the message too. */
	static void rejectExplaining(String message, List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw PartnershipRejection.unprocessable(
					message + ": " + problems.stream().map(FieldProblem::message).collect(Collectors.joining("; ")),
					problems);
		}
	}

	/**
	 * A business date is never before what the record depends on (an agreement before its
	 * proposal, a payment before its schedule, a variation before its agreement).
	 * @param earliest when what it depends on happened; {@code null} when not known
	 */
	static List<FieldProblem> notBefore(Instant occurredAt, Instant earliest, String dependsOn) {
		if (earliest == null || !occurredAt.isBefore(earliest)) {
			return List.of();
		}
		return List.of(new FieldProblem("occurredAt", "It cannot be dated " + day(occurredAt) + ", before " + dependsOn
				+ " on " + day(earliest) + "; date it on or after then"));
	}

	/**
	 * A business date before the latest assessment says why (DOMAIN.md §4, business
	 * dates): otherwise it would escape every reassessment trigger unexplained.
	 */
	static List<FieldProblem> notBeforeLatestAssessmentUnexplained(PartnershipState state, Instant occurredAt,
			String backdatingReason) {
		LatestAssessment latest = state.latestAssessment();
		if (latest == null || latest.assessedAt() == null || !occurredAt.isBefore(latest.assessedAt())
				|| blankToNull(backdatingReason) != null) {
			return List.of();
		}
		return List.of(new FieldProblem("backdatingReason",
				"It is dated " + day(occurredAt) + ", before the latest assessment on " + day(latest.assessedAt())
						+ ": say why it is recorded only now, or date it on or after the assessment"));
	}

	/** The business day of a moment, in UK time, as people read it. */
	static LocalDate day(Instant moment) {
		return LocalDate.ofInstant(moment, BusinessCalendar.UK);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
