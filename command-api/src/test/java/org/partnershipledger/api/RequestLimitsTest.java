package org.partnershipledger.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request's texts and lists are limited by walking its record, so a field added to
 * any request is limited too; problems name the field as sent.
 */
class RequestLimitsTest {

	private static final String LONG = "x".repeat(RequestLimits.MAX_LENGTH + 1);

	@Test
	void aTextOverTheDefaultLimitIsNamedByItsPathEvenInsideANestedRecord() {
		RaiseAuditFindingRequest request = new RaiseAuditFindingRequest("scope", null, "finding", null, "ok",
				List.of("e-1"), null, new Authority(AuthorityType.values()[0], "x".repeat(1_500_000)));

		assertThat(RequestLimits.problems(request)).extracting(FieldProblem::field)
			.containsExactly("authority.reference");
	}

	@Test
	void aListOverTheDefaultSizeAndALongItemAreNamed() {
		List<String> many = new ArrayList<>(Collections.nCopies(RequestLimits.MAX_ITEMS + 1, "e"));
		RaiseAuditFindingRequest tooMany = new RaiseAuditFindingRequest("scope", null, "finding", null, "ok", many,
				null, null);
		RaiseAuditFindingRequest longItem = new RaiseAuditFindingRequest("scope", null, "finding", null, "ok",
				List.of("e-1", LONG), null, null);

		assertThat(RequestLimits.problems(tooMany)).extracting(FieldProblem::field).containsExactly("eventRefs");
		assertThat(RequestLimits.problems(longItem)).extracting(FieldProblem::field).containsExactly("eventRefs[1]");
	}

	@Test
	void everyRequestOfTheRouteTableIsWalkedWithoutError() {
		for (CommandRoute route : CommandRoute.values()) {
			assertThat(route.requestType().isRecord()).as(route.name()).isTrue();
		}
	}

	@Test
	void aFieldMayHaveItsOwnLimitsAndMapsAreWalkedByKey() {
		record Note(@Limit(maxLength = 5) String code, @Limit(maxItems = 2) List<String> tags, String text) {
		}
		record Notes(Map<String, Note> byKey) {
		}

		assertThat(RequestLimits.problems(new Note("123456", List.of("a", "b", "c"), LONG)))
			.extracting(FieldProblem::field)
			.containsExactly("code", "tags", "text");
		assertThat(RequestLimits.problems(new Note("12345", List.of("a", "b"), "fine"))).isEmpty();
		assertThat(RequestLimits.problems(new Notes(Map.of("SPECIFIABILITY", new Note("123456", List.of(), "")))))
			.extracting(FieldProblem::field)
			.containsExactly("byKey.SPECIFIABILITY.code");
	}

}
