package org.partnershipledger.query.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.StandInCommandSide;
import org.partnershipledger.query.StandInCommandSide.Answer;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every role against its own partnership, another's and an unknown id, on every API route
 * of a partnership: each command of the route table and each GET the application maps.
 * Nobody gets a 5xx; nobody who is not a party (an auditor reads all, an administrator
 * none) reads a partnership; and whatever the answer for another's partnership, it is the
 * same as for an id that does not exist, so probing ids teaches nothing.
 */
class AccessMatrixTest extends QuerySideIntegrationTest {

	private final ObjectMapper json = new ObjectMapper();

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyRoleOnEveryRouteOfItsOwnAnothersAndAnUnknownPartnership() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		OrganisationIdentifier charity = organisation("GB-CHC", "Anytown Housing");
		TestEvents own = new TestEvents(council);
		publish(own.registered("Ours"), own.joined("p-charity", "Anytown Housing", charity, PartyRole.LEAD_PROVIDER));
		TestEvents others = new TestEvents(organisation("GB-LAC", "Othertown Council"));
		publish(others.registered("Theirs"));
		awaitVersion(own.partnershipId(), 1);
		awaitVersion(others.partnershipId(), 0);
		String ownId = own.partnershipId();
		String otherId = others.partnershipId();
		String unknownId = UUID.randomUUID().toString();
		// the command side as it answers: accepted for a party, and worded apart for a
		// hidden partnership and an unknown one (the web app must not pass that on)
		StandInCommandSide.answer((request) -> request.path().contains(ownId) ? StandInCommandSide.accept(request)
				: request.path().contains(otherId) ? Answer.problem(404, "not-found", "Not found", "Hidden")
						: Answer.problem(404, "not-found", "No such partnership", "Unknown"));
		Map<UserRole, String> people = Map.of(UserRole.COMMISSIONER, person(UserRole.COMMISSIONER, council),
				UserRole.PROVIDER, person(UserRole.PROVIDER, charity), UserRole.AUDITOR,
				person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office")), UserRole.ADMIN,
				person(UserRole.ADMIN, null));
		List<String> problems = new ArrayList<>();
		List<String> reads = reads();
		assertThat(reads).hasSizeGreaterThan(10);

		for (UserRole role : UserRole.values()) {
			String username = people.get(role);
			for (String read : reads) {
				Answer forOwn = answer(get(read.replace("{partnershipId}", ownId)), username, ownId);
				Answer forOther = answer(get(read.replace("{partnershipId}", otherId)), username, otherId);
				Answer forUnknown = answer(get(read.replace("{partnershipId}", unknownId)), username, unknownId);
				check(problems, role + " GET " + read, forOwn, forOther, forUnknown, role != UserRole.AUDITOR);
				if (role == UserRole.ADMIN && forOwn.status() < 300) {
					problems.add(role + " GET " + read + ": an administrator read a partnership");
				}
			}
			for (CommandRoute route : CommandRoute.values()) {
				if (!route.variables().contains("partnershipId")) {
					continue;
				}
				Answer forOther = answer(command(route, otherId), username, otherId);
				Answer forUnknown = answer(command(route, unknownId), username, unknownId);
				Answer forOwn = answer(command(route, ownId), username, ownId);
				// an auditor sees every partnership, so the command side decides on its
				// rules
				check(problems, role + " POST " + route.path(), forOwn, forOther, forUnknown, role != UserRole.AUDITOR);
			}
		}

		assertThat(problems).isEmpty();
	}

	private static void check(List<String> problems, String what, Answer forOwn, Answer forOther, Answer forUnknown,
			boolean otherIsHidden) {
		for (Answer answer : List.of(forOwn, forOther, forUnknown)) {
			if (answer.status() >= 500) {
				problems.add(what + ": " + answer.status() + " " + answer.json());
			}
		}
		if (forUnknown.status() < 300) {
			problems.add(what + ": " + forUnknown.status() + " for an unknown partnership");
		}
		if (otherIsHidden) {
			if (forOther.status() < 300) {
				problems.add(what + ": " + forOther.status() + " for a partnership it is no party to");
			}
			if (!forOther.equals(forUnknown)) {
				problems.add(what + ": another's partnership " + forOther + " but an unknown one " + forUnknown);
			}
		}
	}

	/** Every GET of the API under a partnership, as its path template. */
	private List<String> reads() {
		TreeSet<String> reads = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/partnerships/{partnershipId}")) {
					reads.add(pattern.replaceAll("\\{(?!partnershipId)[^}]+}", "x"));
				}
			}
		}
		return List.copyOf(reads);
	}

	private static MockHttpServletRequestBuilder command(CommandRoute route, String partnershipId) {
		Object[] values = route.variables()
			.stream()
			.map((name) -> name.equals("partnershipId") ? partnershipId : "x")
			.toArray();
		return post(route.publicPath(values)).contentType(MediaType.APPLICATION_JSON).content("{}");
	}

	/** The status and body, with the partnership's id written as {id}. */
	private Answer answer(MockHttpServletRequestBuilder request, String username, String partnershipId)
			throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(httpBasic(username, PASSWORD)))
			.andReturn()
			.getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8).replace(partnershipId, "{id}");
		JsonNode problem = (response.getContentType() != null && response.getContentType().contains("problem"))
				? this.json.readTree(body) : null;
		return new Answer(response.getStatus(), (problem != null) ? problem.toString() : "");
	}

}
