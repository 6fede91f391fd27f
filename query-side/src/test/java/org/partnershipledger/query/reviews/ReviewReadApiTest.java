package org.partnershipledger.query.reviews;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Review envelopes published on the real topic reach the overview, the portfolio (next
 * review due and the overdue count, worked out on the day it is read) and the event log.
 */
class ReviewReadApiTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	private TestEvents events;

	private String provider;

	@BeforeEach
	void aPartnershipWithReviewsOfEveryKind() {
		OrganisationIdentifier council = organisation("GB-LAC", "Anytown Council");
		OrganisationIdentifier charity = organisation("GB-CHC", "Shelter Trust");
		this.provider = person(UserRole.PROVIDER, charity);
		this.events = new TestEvents(council);
		Map<String, Integer> ratings = new LinkedHashMap<>();
		ratings.put("party-0", 5);
		ratings.put("party-1", 2);
		publish(this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", charity, PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED),
				this.events.reviewScheduled("overdue", ReviewType.PARTNERSHIP_BOARD_REVIEW, "2025-05-01", 14),
				this.events.reviewScheduled("upcoming", ReviewType.OPERATIONAL_REVIEW, "2099-01-31", 14),
				this.events.reviewRescheduled("upcoming", "2099-02-28", "The chair is away"),
				this.events.reviewScheduled("held", ReviewType.RELATIONAL_HEALTH_CHECK, "2025-04-20", 14),
				this.events.reviewHeld("held", "2025-04-18", ratings),
				this.events.minutesConfirmed("held", "party-1", "The data action was not agreed"),
				this.events.reviewScheduled("missed", ReviewType.OPERATIONAL_REVIEW, "2025-04-10", 3),
				this.events.reviewMissed("missed", "2025-04-10", 3));
		awaitVersion(this.events.partnershipId(), 11);
	}

	@Test
	void theOverviewListsEveryReviewWithItsStatusHealthAndMinutes() throws Exception {
		read("/api/v1/partnerships/{id}").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(11))
			.andExpect(jsonPath("$.reviews.length()").value(4))
			.andExpect(jsonPath("$.reviews[0].reviewId").value("overdue"))
			.andExpect(jsonPath("$.reviews[0].status").value("SCHEDULED"))
			.andExpect(jsonPath("$.reviews[0].graceDays").value(14))
			.andExpect(jsonPath("$.reviews[1].dueDate").value("2099-02-28"))
			.andExpect(jsonPath("$.reviews[1].reschedulings[0].reason").value("The chair is away"))
			.andExpect(jsonPath("$.reviews[2].status").value("HELD"))
			.andExpect(jsonPath("$.reviews[2].performanceRating").value("APPROACHING_TARGET"))
			.andExpect(jsonPath("$.reviews[2].relationalHealth.rag").value("AMBER"))
			.andExpect(jsonPath("$.reviews[2].relationalHealth.overall").value(3.5))
			.andExpect(jsonPath("$.reviews[2].relationalHealth.flags[*].kind").value(hasItem("PERCEPTION_GAP")))
			.andExpect(jsonPath("$.reviews[2].minutesConfirmations[0].partyId").value("party-1"))
			.andExpect(jsonPath("$.reviews[2].minutesConfirmations[0].dissent").value("The data action was not agreed"))
			.andExpect(jsonPath("$.reviews[3].status").value("MISSED"))
			.andExpect(jsonPath("$.reviews[3].missedAt").value("2025-04-14T00:00:00Z"));
	}

	@Test
	void thePortfolioCountsTheOverdueReviewAndShowsTheNextDue() throws Exception {
		String entry = "$[?(@.partnershipId == '" + this.events.partnershipId() + "')]";
		read("/api/v1/partnerships").andExpect(status().isOk())
			.andExpect(jsonPath(entry + ".overdueReviews").value(1))
			.andExpect(jsonPath(entry + ".nextReviewDue").value("2025-05-01"));
	}

	@Test
	void thePortfolioSaysAReassessmentIsDueAYearAfterTheAssessment() throws Exception {
		String entry = "$[?(@.partnershipId == '" + this.events.partnershipId() + "')]";
		read("/api/v1/partnerships").andExpect(status().isOk())
			.andExpect(jsonPath(entry + ".reassessment.due").value(true))
			.andExpect(jsonPath(entry + ".reassessment.reasons[0].code").value("ANNUAL"));
	}

	@Test
	void theDashboardJsonNamesTheOverdueReviewTheLatestHealthAndTheReassessmentDue() throws Exception {
		String entry = "$.partnerships[?(@.partnershipId == '" + this.events.partnershipId() + "')]";
		read("/api/v1/dashboard").andExpect(status().isOk())
			.andExpect(jsonPath("$.overdueReviews").value(1))
			.andExpect(jsonPath("$.withOverdueReviews").value(1))
			.andExpect(jsonPath("$.reassessmentDue").value(1))
			.andExpect(jsonPath(entry + ".overdueReviews[0].reviewId").value("overdue"))
			.andExpect(jsonPath(entry + ".latestHealth").value("AMBER"))
			.andExpect(jsonPath(entry + ".latestHealthOn").value("2025-04-18"));
		read("/api/v1/dashboard?redHealth=true").andExpect(status().isOk())
			.andExpect(jsonPath("$.partnerships.length()").value(0));
		read("/api/v1/dashboard?overdue=true&reassessmentDue=true").andExpect(status().isOk())
			.andExpect(jsonPath("$.partnerships.length()").value(1));
	}

	@Test
	void theEventLogSaysWhatEachReviewEventDid() throws Exception {
		read("/api/v1/partnerships/{id}/events").andExpect(status().isOk())
			.andExpect(
					jsonPath("$[4].summary").value(startsWith("Scheduled a partnership board review due 2025-05-01")))
			.andExpect(jsonPath("$[6].summary")
				.value("Moved the operational review first due 2099-01-31 to 2099-02-28: The chair is away"))
			.andExpect(jsonPath("$[9].summary").value(startsWith("Shelter Trust confirmed the minutes")))
			.andExpect(jsonPath("$[11].summary").value(startsWith("Missed the operational review")));
	}

	private ResultActions read(String path) throws Exception {
		return this.mvc.perform(get(path, this.events.partnershipId()).with(httpBasic(this.provider, PASSWORD)));
	}

}
