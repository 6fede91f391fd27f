package org.partnershipledger.query.security;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.StandInCommandSide;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Random JSON on every command route of the API never answers 5xx: bodies built by jqwik
 * from the route's own field names (and nested records' names) with values of every JSON
 * kind, some malformed, long, deeply nested or strange text. The command side is stood in
 * and accepts whatever reaches it, so any 5xx is the web app's.
 */
class CommandApiFuzzTest extends QuerySideIntegrationTest {

	private static final int BODIES_PER_ROUTE = 5;

	@Autowired
	private MockMvc mvc;

	@Test
	void randomJsonOnEveryCommandRouteIsNever5xx() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		TestEvents events = new TestEvents(council);
		publish(events.registered("Fuzzed"));
		awaitVersion(events.partnershipId(), 0);
		String commissioner = person(UserRole.COMMISSIONER, council);
		StandInCommandSide.answer(StandInCommandSide::accept);
		List<String> failures = new ArrayList<>();

		for (CommandRoute route : CommandRoute.values()) {
			Object[] values = route.variables()
				.stream()
				.map((name) -> name.equals("partnershipId") ? events.partnershipId() : "x")
				.toArray();
			String path = route.publicPath(values);
			List<String> bodies = body(fieldNames(route.requestType(), 0)).sampleStream()
				.limit(BODIES_PER_ROUTE)
				.toList();
			for (String body : bodies) {
				int status = this.mvc
					.perform(post(path).with(httpBasic(commissioner, PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content(body))
					.andReturn()
					.getResponse()
					.getStatus();
				if (status >= 500) {
					failures.add(status + " " + path + " " + body);
				}
			}
		}

		assertThat(failures).isEmpty();
	}

	/** A body: mostly an object of the route's fields, sometimes anything at all. */
	private static Arbitrary<String> body(List<String> names) {
		Arbitrary<String> object = Arbitraries.subsetOf(names)
			.flatMap((chosen) -> Arbitraries.of(chosen.isEmpty() ? List.of("x") : List.copyOf(chosen))
				.flatMap((name) -> value(names, 3).map((value) -> quote(name) + ": " + value))
				.list()
				.ofMinSize(1)
				.ofMaxSize(chosen.size() + 1)
				.map((fields) -> "{" + String.join(", ", fields) + "}"));
		Arbitrary<String> malformed = Arbitraries.of("", "{", "}", "[", "null", "\"text\"", "{\"a\":}", "{,}",
				"{\"title\": \"\\ud800\"}", "{\"title\": 1e999999}", "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]");
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, object), net.jqwik.api.Tuple.of(1, malformed),
				net.jqwik.api.Tuple.of(1, value(names, 2)));
	}

	private static Arbitrary<String> value(List<String> names, int depth) {
		Arbitrary<String> text = Arbitraries.strings().ofMaxLength(40).map(CommandApiFuzzTest::quote);
		Arbitrary<String> strange = Arbitraries.of("\"\"", "\" \"", "\"2025-13-45\"", "\"2025-04-01\"",
				"\"2025-04-01T00:00:00Z\"", "\"-1\"", "\"NaN\"", "\"GB-LAC\"", "\"LEAD_PROVIDER\"", "\"CONTRACT\"",
				"\"" + "y".repeat(20_000) + "\"", "\"\\u0000\"", "\"<script>\"");
		Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
				Arbitraries.of("0", "-0", "1.5", "-99999999999999999999999", "1e308", "1E+400", "0.0000000001"));
		Arbitrary<String> scalar = Arbitraries.oneOf(text, strange, number, Arbitraries.of("true", "false", "null"));
		if (depth == 0) {
			return scalar;
		}
		Arbitrary<String> list = value(names, depth - 1).list()
			.ofMaxSize(4)
			.map((items) -> "[" + String.join(", ", items) + "]");
		Arbitrary<String> object = Arbitraries.of(names)
			.flatMap((name) -> value(names, depth - 1).map((inner) -> quote(name) + ": " + inner))
			.list()
			.ofMaxSize(4)
			.map((fields) -> "{" + String.join(", ", fields) + "}");
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, scalar), net.jqwik.api.Tuple.of(2, list),
				net.jqwik.api.Tuple.of(2, object));
	}

	/** The record's field names, and those of the records inside it. */
	private static List<String> fieldNames(Class<?> type, int depth) {
		Set<String> names = new LinkedHashSet<>();
		if (type.isRecord() && depth < 4) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
				for (Class<?> inner : typesIn(component.getGenericType())) {
					names.addAll(fieldNames(inner, depth + 1));
				}
			}
		}
		return List.copyOf(names);
	}

	private static List<Class<?>> typesIn(Type type) {
		List<Class<?>> types = new ArrayList<>();
		if (type instanceof Class<?> plain) {
			types.add(plain);
		}
		else if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				types.addAll(typesIn(argument));
			}
		}
		return types;
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20) {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
