package org.partnershipledger.query.reviews;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.HoldReviewRequest;
import org.partnershipledger.api.ScheduleReviewRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.health.HealthItem;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;
import org.partnershipledger.query.web.RelationalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Review points on pages: the overview's Reviews section and the four forms. */
class ReviewPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private void withReviews() {
		showing(RelationalFixtures.withReviews());
	}

	private void accepted(long version) {
		acceptedAs(Accepted.review(PageFixtures.PARTNERSHIP_ID, "review-9", version));
	}

	@Test
	void theOverviewShowsOverdueUpcomingHeldAndMissedReviewsWithTheHealthInWords() throws Exception {
		withReviews();

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reviews\""), containsString(">Overdue</strong>"),
					containsString("id=\"overdue-reviews\""), containsString("1 review is past its grace"),
					containsString("31 March 2026"), containsString("Amber: some concerns"),
					containsString(">Missed</strong>"), containsString("id=\"schedule-review\""),
					containsString("/reviews/" + RelationalFixtures.OVERDUE + "/held/new"),
					containsString("/reviews/" + RelationalFixtures.UPCOMING + "/rescheduling/new"),
					not(containsString("/reviews/" + RelationalFixtures.HELD + "/minutes-confirmation/new")))));
	}

	@Test
	void onlyPeopleWhoMayActAreOfferedTheReviewActions() throws Exception {
		withReviews();

		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content()
				.string(allOf(containsString("/reviews/" + RelationalFixtures.HELD + "/minutes-confirmation/new"),
						not(containsString("id=\"schedule-review\"")), not(containsString("/held/new")))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content()
				.string(allOf(containsString("Amber: some concerns"), not(containsString("id=\"schedule-review\"")),
						not(containsString("/held/new")), not(containsString("/minutes-confirmation/new")))));
		this.mvc.perform(get(BASE + "/reviews/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get(BASE + "/reviews/" + RelationalFixtures.HELD + "/minutes-confirmation/new")
				.with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get(BASE + "/reviews/" + RelationalFixtures.HELD + "/held/new")
				.with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	/**
	 * Each party confirms for itself, whatever its role: a funder as much as a provider.
	 */
	@Test
	void aFundersPersonIsOfferedTheMinutesForItsOwnParty() throws Exception {
		showing(RelationalFixtures.withReviewsAndAFunder());
		LedgerUser funder = new LedgerUser(
				new Identity("fran", "Fran Funder", UserRole.COMMISSIONER, RelationalFixtures.FOUNDATION), "{noop}x");

		this.mvc.perform(get(BASE).with(user(funder)))
			.andExpect(content()
				.string(allOf(containsString("/reviews/" + RelationalFixtures.HELD + "/minutes-confirmation/new"),
						not(containsString("id=\"schedule-review\"")), not(containsString("/held/new")))));
		this.mvc
			.perform(get(BASE + "/reviews/" + RelationalFixtures.HELD + "/minutes-confirmation/new").with(user(funder)))
			.andExpect(status().isOk());
	}

	@Test
	void aReviewTheLedgerScheduledByCadenceSaysSo() throws Exception {
		showing(RelationalFixtures.withCadenceReview());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Scheduled by the ledger, which repeats this type every 6 months"),
						containsString("id=\"by-cadence-review-by-cadence\""),
						not(containsString("id=\"by-cadence-" + RelationalFixtures.UPCOMING + "\"")))));
	}

	@Test
	void theScheduleFormSaysEachTypesDefaultCadence() throws Exception {
		withReviews();

		this.mvc.perform(get(BASE + "/reviews/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"Every month: once it is held or missed, the next is scheduled a month after its due " + "date"),
					containsString("Every 3 months: once it is held or missed, the next is scheduled 3 months after"),
					containsString("Every 6 months"),
					containsString("Every year: once it is held or missed, the next "
							+ "is scheduled a year after its due date"),
					containsString("No set cadence: schedule each one yourself"))));
	}

	@Test
	void aScheduledReviewIsSentAndTheOverviewWaitsForItsVersion() throws Exception {
		withReviews();
		accepted(31);

		this.mvc
			.perform(post(BASE + "/reviews/new").param("type", "PARTNERSHIP_BOARD_REVIEW")
				.param("dueDate.day", "30")
				.param("dueDate.month", "6")
				.param("dueDate.year", "2026")
				.param("bodyId", "board")
				.param("agenda", "Performance\n\nRisks")
				.param("requiresRelationalHealthCheck", "true")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=31"));

		ScheduleReviewRequest request = (ScheduleReviewRequest) sentTo("/reviews");
		assertThat(request.type()).isEqualTo(ReviewType.PARTNERSHIP_BOARD_REVIEW);
		assertThat(request.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(request.effectiveGraceDays()).isEqualTo(14);
		assertThat(request.agenda()).containsExactly("Performance", "Risks");
		assertThat(request.needsRelationalHealthCheck()).isTrue();
	}

	@Test
	void aScheduleRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		withReviews();
		given(this.commands.send(any(Identity.class), anyString(), any()))
			.willReturn(new CommandOutcome(422, null, "Unprocessable", "The review's body is not a governance body",
					List.of(new FieldProblem("bodyId", "There is no governance body board in force")), null, null));

		this.mvc
			.perform(post(BASE + "/reviews/new").param("type", "OPERATIONAL_REVIEW")
				.param("dueDate.day", "30")
				.param("dueDate.month", "6")
				.param("dueDate.year", "2026")
				.param("graceDays", "7")
				.param("bodyId", "board")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reviewForm", "bodyId"))
			.andExpect(content().string(containsString("There is no governance body board in force")))
			.andExpect(content().string(containsString("href=\"#bodyId\"")));
	}

	@Test
	void aRescheduleWithoutAReasonIsShownAgainAndNotSent() throws Exception {
		withReviews();

		this.mvc
			.perform(post(BASE + "/reviews/" + RelationalFixtures.UPCOMING + "/rescheduling/new")
				.param("newDueDate.day", "30")
				.param("newDueDate.month", "4")
				.param("newDueDate.year", "2026")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reviewForm", "reason"));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void aHeldReviewIsSentWithTheRatedPartiesAndTheLinesAsDecisionsAndActions() throws Exception {
		withReviews();
		accepted(32);
		MockHttpServletRequestBuilder request = post(BASE + "/reviews/" + RelationalFixtures.OVERDUE + "/held/new")
			.param("heldOn.day", "10")
			.param("heldOn.month", "1")
			.param("heldOn.year", "2026")
			.param("attendeePartyIds", "party-1", "party-2")
			.param("performanceRating", "GOOD")
			.param("decisions", "Extend the evening sessions\nReview the rate in June")
			.param("actions", "Publish the minutes")
			.param("healthCheckDone", "true")
			.param("health[0].partyId", "party-1")
			.param("health[1].partyId", "party-2");
		for (HealthItem item : HealthItem.values()) {
			request.param("health[0].ratings[" + item.ordinal() + "]", "4");
		}

		this.mvc.perform(request.with(user(PageFixtures.commissioner())).with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=32"));

		HoldReviewRequest held = (HoldReviewRequest) sentTo("/reviews/" + RelationalFixtures.OVERDUE + "/held");
		assertThat(held.heldOn()).isEqualTo(LocalDate.of(2026, 1, 10));
		assertThat(held.attendeePartyIds()).containsExactly("party-1", "party-2");
		assertThat(held.performanceRating()).isEqualTo(PerformanceRating.GOOD);
		assertThat(held.decisions()).containsExactly("Extend the evening sessions", "Review the rate in June");
		assertThat(held.actions()).extracting((action) -> action.description()).containsExactly("Publish the minutes");
		assertThat(held.relationalHealth()).singleElement().satisfies((party) -> {
			assertThat(party.partyId()).isEqualTo("party-1");
			assertThat(party.respondents()).singleElement()
				.satisfies((ratings) -> assertThat(ratings).hasSize(8).containsValue(4));
		});
	}

	@Test
	void aHalfRatedPartyIsShownAgainNamingTheItemsLeftOut() throws Exception {
		withReviews();

		this.mvc
			.perform(post(BASE + "/reviews/" + RelationalFixtures.OVERDUE + "/held/new").param("heldOn.day", "10")
				.param("heldOn.month", "1")
				.param("heldOn.year", "2026")
				.param("attendeePartyIds", "party-1")
				.param("performanceRating", "GOOD")
				.param("healthCheckDone", "true")
				.param("health[0].partyId", "party-1")
				.param("health[0].ratings[0]", "5")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reviewForm", "health[0].ratings[1]", "health[0].ratings[7]"))
			.andExpect(content().string(containsString("rating of learning and improvement, from 1 to 5")));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void aProviderConfirmsTheMinutesForItsOwnPartyWithItsDissent() throws Exception {
		withReviews();
		accepted(33);

		this.mvc
			.perform(post(BASE + "/reviews/" + RelationalFixtures.HELD + "/minutes-confirmation/new")
				.param("dissent", "We did not agree the data action")
				.with(user(PageFixtures.provider()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=33"));

		ConfirmReviewMinutesRequest request = (ConfirmReviewMinutesRequest) sentTo(
				"/reviews/" + RelationalFixtures.HELD + "/minutes-confirmation");
		assertThat(request.partyId()).isEqualTo("party-2");
		assertThat(request.dissent()).isEqualTo("We did not agree the data action");
	}

}
