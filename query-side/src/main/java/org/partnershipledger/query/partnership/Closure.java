package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Actor;

/** The partnership's closure, with what it learnt. */
public record Closure(LocalDate closedOn, String summary, List<String> lessons, Instant closedAt, Actor actor) {

	public Closure {
		lessons = (lessons == null) ? List.of() : List.copyOf(lessons);
	}

}
