package org.partnershipledger.query.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every role against its own partnership, another's and an unknown id, on every page
 * about a partnership that the application maps (read from Spring MVC's mappings, so a
 * new page is in the matrix the day it is added). Two partnerships with the same life,
 * each of whose items is called {@value #ITEM} (party, adaptation, iteration, review,
 * report, payment, dispute, finding, measure, joint decision), so a page about an item
 * finds it in either. Nobody gets a 5xx; a party to the partnership (and an auditor, who
 * reads all) gets the page or, for a form ({@code .../new}) its role may not use, the 403
 * page; anyone else (an administrator reads none) gets for another's partnership exactly
 * the 404 page an unknown id gets.
 */
class PageAccessMatrixTest extends QuerySideIntegrationTest {

	private static final String ITEM = "item-1";

	/** A path variable that holds the partnership's id: the first one, named so. */
	private static final Pattern PARTNERSHIP_VARIABLE = Pattern.compile("\\{(id|partnershipId)}");

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyRoleOnEveryPageOfItsOwnAnothersAndAnUnknownPartnership() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Pagetown Council");
		OrganisationIdentifier charity = organisation("GB-CHC", "Pagetown Housing");
		OrganisationIdentifier otherCouncil = organisation("GB-LAC", "Othertown Council");
		OrganisationIdentifier otherCharity = organisation("GB-CHC", "Othertown Housing");
		String ownId = partnershipOf(council, charity, "Ours");
		String otherId = partnershipOf(otherCouncil, otherCharity, "Theirs");
		String unknownId = UUID.randomUUID().toString();
		Map<String, Person> people = new LinkedHashMap<>();
		people.put("commissioner", new Person(signIn(person(UserRole.COMMISSIONER, council)), ownId, otherId, true));
		people.put("provider", new Person(signIn(person(UserRole.PROVIDER, charity)), ownId, otherId, true));
		people.put("another's commissioner",
				new Person(signIn(person(UserRole.COMMISSIONER, otherCouncil)), otherId, ownId, true));
		people.put("another's provider",
				new Person(signIn(person(UserRole.PROVIDER, otherCharity)), otherId, ownId, true));
		// an auditor reads every partnership: the other is as readable as the first
		people.put("auditor", new Person(signIn(person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"))),
				ownId, otherId, true));
		people.put("administrator", new Person(signIn(ADMIN), ownId, otherId, false));
		Map<String, Map<String, String>> pages = pages();
		assertThat(pages).as("the pages about a partnership").hasSizeGreaterThan(40);
		List<String> problems = new ArrayList<>();

		for (Map.Entry<String, Person> entry : people.entrySet()) {
			Person person = entry.getValue();
			for (Map.Entry<String, Map<String, String>> page : pages.entrySet()) {
				String what = entry.getKey() + " GET " + page.getKey();
				Answer forOwn = answer(page.getKey(), page.getValue(), person.ownId(), person);
				Answer forOther = answer(page.getKey(), page.getValue(), person.otherId(), person);
				Answer forUnknown = answer(page.getKey(), page.getValue(), unknownId, person);
				boolean form = page.getKey().split(" ")[0].endsWith("/new");
				check(problems, what, form, forOwn, forOther, forUnknown, person,
						entry.getKey().equals("auditor") ? forOther : null);
			}
		}

		assertThat(problems).isEmpty();
	}

	/**
	 * @param form whether the page is a form, which a party whose role may not use it
	 * gets as the 403 page
	 * @param auditorsOther for an auditor, the answer for the other partnership, which it
	 * reads too; otherwise {@code null}
	 */
	private static void check(List<String> problems, String what, boolean form, Answer forOwn, Answer forOther,
			Answer forUnknown, Person person, Answer auditorsOther) {
		for (Answer answer : List.of(forOwn, forOther, forUnknown)) {
			if (answer.status() >= 500) {
				problems.add(what + ": " + answer.status());
			}
		}
		if (forUnknown.status() != 404) {
			problems.add(what + ": " + forUnknown.status() + " for an unknown partnership, not 404");
		}
		if (person.reads()) {
			// a party, or an auditor: the page, or the 403 page for a form it may not use
			for (Answer read : (auditorsOther != null) ? List.of(forOwn, auditorsOther) : List.of(forOwn)) {
				if (read.status() != 200 && (!form || read.status() != 403)) {
					problems.add(what + ": " + read.status() + " for a partnership it reads");
				}
			}
		}
		else if (!forOwn.equals(forUnknown)) {
			problems
				.add(what + ": a partnership it may not read answers " + forOwn.status() + " unlike an unknown one");
		}
		if (auditorsOther == null && !forOther.equals(forUnknown)) {
			problems.add(what + ": another's partnership answers " + forOther.status() + " unlike an unknown one ("
					+ forUnknown.status() + ")" + (forOther.status() == forUnknown.status() ? ", another page" : ""));
		}
	}

	/**
	 * Every GET page (not the API) about a partnership, as its path template, with the
	 * query parameters its mapping requires.
	 */
	private Map<String, Map<String, String>> pages() {
		Map<String, Map<String, String>> pages = new TreeMap<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				continue;
			}
			Map<String, String> parameters = new TreeMap<>();
			for (NameValueExpression<String> expression : info.getParamsCondition().getExpressions()) {
				if (!expression.isNegated()) {
					parameters.put(expression.getName(), (expression.getValue() != null) ? expression.getValue()
							: LocalDate.now(ZoneOffset.UTC).toString());
				}
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") && PARTNERSHIP_VARIABLE.matcher(pattern).find()) {
					pages.put(pattern + (parameters.isEmpty() ? "" : " " + parameters), parameters);
				}
			}
		}
		return pages;
	}

	/** The page with the partnership's id and {@value #ITEM} for any other variable. */
	private static String path(String template, String partnershipId) {
		String pattern = template.split(" ")[0];
		Matcher partnership = PARTNERSHIP_VARIABLE.matcher(pattern);
		partnership.find();
		String path = pattern.substring(0, partnership.start()) + partnershipId + pattern.substring(partnership.end());
		return VARIABLE.matcher(path).replaceAll(ITEM);
	}

	/**
	 * The status and the page, with the partnership's id written as {id} and the form
	 * token (new with each session) left out.
	 */
	private Answer answer(String template, Map<String, String> parameters, String partnershipId, Person person)
			throws Exception {
		MockHttpServletRequestBuilder request = get(path(template, partnershipId)).session(person.session());
		parameters.forEach((name, value) -> request.param(name, value));
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		String page = response.getContentAsString(StandardCharsets.UTF_8)
			.replace(partnershipId, "{id}")
			.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]*\"", "name=\"_csrf\"");
		return new Answer(response.getStatus(), page);
	}

	/** A partnership whose every item is called {@value #ITEM}; returns its id. */
	private String partnershipOf(OrganisationIdentifier commissioner, OrganisationIdentifier provider, String title) {
		TestEvents events = new TestEvents(commissioner);
		List<EventEnvelope> life = List.of(events.registered(title),
				events.joined(ITEM, "Provider of " + title, provider, PartyRole.LEAD_PROVIDER),
				events.assessed(true, TestEvents.RELATIONAL_SCORES),
				events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE),
				events.contract("contract-1", ITEM), events.measureDefined(ITEM, "Tenancies kept", "150"),
				events.proposed(ITEM, ITEM, AdaptationCategory.SCOPE_CHANGE, AdaptationFormality.GOVERNANCE_DECISION,
						"Open on Saturdays", "2.5"),
				events.iterationStarted(ITEM, ITEM, "Text reminders", null),
				events.reviewScheduled(ITEM, ReviewType.OPERATIONAL_REVIEW, "2025-09-30", 14),
				events.outcomeReported(ITEM, ITEM, ITEM, "120"),
				events.paymentScheduled(ITEM, PaymentKind.REGULAR, "1000", "2025-07-01"),
				events.disputeRaised(ITEM, ITEM, "Late data", "party-0", ITEM),
				events.visionProposed(ITEM, 1, "Nobody sleeps rough in " + title, "party-0", ITEM),
				events.findingRaised(ITEM, "Whole partnership", FindingSeverity.LOW, "The notice was late"));
		publish(life.toArray(EventEnvelope[]::new));
		awaitVersion(events.partnershipId(), life.size() - 1);
		return events.partnershipId();
	}

	private MockHttpSession signIn(String username) throws Exception {
		return signIn(this.mvc, username);
	}

	/**
	 * Someone signed in, the partnership they read first and the other one.
	 *
	 * @param reads whether they read their own partnership (a party or an auditor)
	 */
	private record Person(MockHttpSession session, String ownId, String otherId, boolean reads) {
	}

	private record Answer(int status, String page) {
	}

}
