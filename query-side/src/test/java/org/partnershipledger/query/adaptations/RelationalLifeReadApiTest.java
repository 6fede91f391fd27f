package org.partnershipledger.query.adaptations;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partnership's relational life published on the real topic: the overview, the
 * adaptation register (across the portfolio and per partnership) and the iteration log
 * show it, to those who may see it.
 */
class RelationalLifeReadApiTest extends QuerySideIntegrationTest {

	private static final List<AdaptationCategory> BOARD_CATEGORIES = List.of(AdaptationCategory.SERVICE_DESIGN_CHANGE,
			AdaptationCategory.VOLUME_CHANGE, AdaptationCategory.OUTCOME_MEASURE_CHANGE);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AdaptationRegister register;

	@Autowired
	private JdbcClient jdbc;

	private OrganisationIdentifier council;

	private OrganisationIdentifier charity;

	private TestEvents events;

	private List<EventEnvelope> adaptationEvents;

	private String commissioner;

	private String provider;

	@BeforeEach
	void anActivePartnershipThatAdaptsAndLearns() {
		this.council = organisation("GB-LAC", "Anytown Council");
		this.charity = organisation("GB-CHC", "Shelter Trust");
		this.commissioner = person(UserRole.COMMISSIONER, this.council);
		this.provider = person(UserRole.PROVIDER, this.charity);
		this.events = new TestEvents(this.council);
		publish(this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", this.charity, PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED),
				this.events.vision(1, "Nobody sleeps rough", "party-0", "party-1"),
				this.events.principles(1, "party-0", "party-1"),
				this.events.governance(1, "board", "Partnership Board", BOARD_CATEGORIES, "party-0", "party-1"),
				this.events.measureDefined("measure-1", "People housed for 6 months", "300"),
				this.events.contract("contract-1", "party-1"),
				this.events.iterationStarted("iteration-1", "party-1", "Text reminders", null));
		this.adaptationEvents = List.of(
				this.events.proposed("adaptation-1", "party-1", AdaptationCategory.SERVICE_DESIGN_CHANGE,
						AdaptationFormality.OPERATIONAL, "Saturday opening", "4", "iteration-1"),
				this.events.iterationConcluded("iteration-1", "party-1", "adaptation-1"),
				this.events.adaptationAssessed("adaptation-1", "4"),
				this.events.agreed("adaptation-1", "board", 1, "party-1"),
				this.events.implemented("adaptation-1", "2025-09-06"),
				this.events.evaluated("adaptation-1", AdaptationEffect.EFFECTIVE));
		publish(this.adaptationEvents.toArray(EventEnvelope[]::new));
		publish(this.events.proposed("adaptation-2", "party-0", AdaptationCategory.SCOPE_CHANGE,
				AdaptationFormality.FORMAL_VARIATION, "Add a second borough", "30"),
				this.events.rejected("adaptation-2", "Beyond the budget"),
				this.events.proposed("adaptation-3", "party-1", AdaptationCategory.VOLUME_CHANGE,
						AdaptationFormality.GOVERNANCE_DECISION, "More places in winter", "6"),
				this.events.measureRevised("measure-1", "People housed for 6 months", "350", "adaptation-1"),
				this.events.iterationRecorded("iteration-2", "party-1", "Peer mentors"),
				this.events.vision(2, "Nobody sleeps rough, and nobody returns to the street", "party-0", "party-1"));
		awaitVersion(this.events.partnershipId(), 21);
	}

	@Test
	void theOverviewShowsContractCurrentVersionsMeasuresAdaptationsAndIterations() throws Exception {
		read(this.provider, "/api/v1/partnerships/{id}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.version").value(21))
			.andExpect(jsonPath("$.contract.contractId").value("contract-1"))
			.andExpect(jsonPath("$.contract.period.maxExtent").value("2032-05-31"))
			.andExpect(jsonPath("$.vision.version").value(2))
			.andExpect(jsonPath("$.earlierVisions[0].version").value(1))
			.andExpect(jsonPath("$.principles.version").value(1))
			.andExpect(jsonPath("$.principles.principles[0].code").value("HONESTY"))
			.andExpect(jsonPath("$.governance.bodies[0].name").value("Partnership Board"))
			.andExpect(jsonPath("$.governance.delegations[0].allowedCategories.length()").value(3))
			.andExpect(jsonPath("$.measures[0].target").value(350))
			.andExpect(jsonPath("$.measures[0].revisions[0].adaptationId").value("adaptation-1"))
			.andExpect(jsonPath("$.adaptations.length()").value(3))
			.andExpect(jsonPath("$.adaptations[0].status").value("EVALUATED"))
			.andExpect(jsonPath("$.iterations.length()").value(2));
	}

	@Test
	void theRegisterListsThePortfolioAdaptationsAndFiltersThem() throws Exception {
		read(this.commissioner, "/api/v1/adaptations").andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[*].partnershipTitle").value(everyItem(containsString("Homelessness"))));
		read(this.commissioner, "/api/v1/adaptations?status=EVALUATED").andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].adaptationId").value("adaptation-1"))
			.andExpect(jsonPath("$[0].partnershipId").value(this.events.partnershipId()))
			.andExpect(jsonPath("$[0].proposedByPartyName").value("Shelter Trust"))
			.andExpect(jsonPath("$[0].effect").value("EFFECTIVE"))
			.andExpect(jsonPath("$[0].implementedOn").value("2025-09-06"))
			.andExpect(jsonPath("$[0].decidedAt").isNotEmpty());
		read(this.commissioner, "/api/v1/adaptations?category=SCOPE_CHANGE&status=REJECTED")
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].adaptationId").value("adaptation-2"))
			.andExpect(jsonPath("$[0].formality").value("FORMAL_VARIATION"));
		read(this.commissioner, "/api/v1/adaptations?formality=GOVERNANCE_DECISION")
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].status").value("PROPOSED"))
			.andExpect(jsonPath("$[0].decidedAt").doesNotExist());
		read(this.commissioner, "/api/v1/adaptations?status=WITHDRAWN").andExpect(jsonPath("$.length()").value(0));
		read(this.commissioner, "/api/v1/adaptations?category=TIME_TRAVEL").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
	}

	@Test
	void thePartnershipsAdaptationsCarryEveryStepOfTheirLife() throws Exception {
		read(this.provider, "/api/v1/partnerships/{id}/adaptations").andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].assessment.legalGround").value("LIGHT_TOUCH_FREE_MODIFICATION"))
			.andExpect(jsonPath("$[0].agreement.decidedByBodyName").value("Partnership Board"))
			.andExpect(jsonPath("$[0].agreement.approvals[0].partyId").value("party-1"))
			.andExpect(jsonPath("$[0].implementation.implementedOn").value("2025-09-06"))
			.andExpect(jsonPath("$[0].evaluation.effect").value("EFFECTIVE"))
			.andExpect(jsonPath("$[0].triggerRefs[0]").value("iteration-1"))
			.andExpect(jsonPath("$[1].rejection.reason").value("Beyond the budget"));
		read(this.provider, "/api/v1/partnerships/{id}/adaptations?status=PROPOSED")
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].adaptationId").value("adaptation-3"));
		assertThat(this.register.find(directoryIdentity(this.commissioner), this.events.partnershipId(),
				new AdaptationFilter(null, AdaptationStatus.REJECTED, null)))
			.extracting(AdaptationRegisterEntry::adaptationId)
			.containsExactly("adaptation-2");
	}

	@Test
	void theIterationLogGoesFromHypothesisToDecisionAndLinksTheAdaptations() throws Exception {
		read(this.provider, "/api/v1/partnerships/{id}/iterations").andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].iteration.iterationId").value("iteration-1"))
			.andExpect(jsonPath("$[0].iteration.hypothesis").value(TestEvents.HYPOTHESIS))
			.andExpect(jsonPath("$[0].iteration.conclusion.evidence[0]").value("QUANTITATIVE"))
			.andExpect(jsonPath("$[0].iteration.conclusion.result").value("VALIDATED"))
			.andExpect(jsonPath("$[0].iteration.conclusion.decision").value("SCALE"))
			.andExpect(jsonPath("$[0].adaptations[0].adaptationId").value("adaptation-1"))
			.andExpect(jsonPath("$[0].adaptations[0].link").value("FOLLOW_UP"))
			.andExpect(jsonPath("$[0].adaptations[0].status").value("EVALUATED"))
			.andExpect(jsonPath("$[1].iteration.providerPartyName").value("Shelter Trust"))
			.andExpect(jsonPath("$[1].iteration.conclusion.result").value("INCONCLUSIVE"));
	}

	@Test
	void everyNewEventHasAPlainEnglishSummary() throws Exception {
		read(this.commissioner, "/api/v1/partnerships/{id}/events").andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(22))
			.andExpect(jsonPath("$[8].summary").value(containsString("Concluded the contract")))
			.andExpect(jsonPath("$[8].summary").value(containsString("with Shelter Trust; the partnership is active")))
			.andExpect(jsonPath("$[13].summary")
				.value(containsString("Agreed the adaptation \u201cSaturday opening\u201d by Partnership Board")))
			.andExpect(
					jsonPath("$[10].summary").value(containsString("Shelter Trust proposed a service design change")))
			.andExpect(jsonPath("$[11].summary").value(containsString("followed up by the adaptation")))
			.andExpect(jsonPath("$[*].summary").value(not(hasItem(containsString("Adaptation")))))
			.andExpect(jsonPath("$[*].summary").value(not(hasItem(containsString("Provider")))));
	}

	@Test
	void theSameRecordsDeliveredTwiceChangeNothing() {
		String before = snapshot();

		TestEvents marker = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));
		publish(this.adaptationEvents.toArray(EventEnvelope[]::new));
		publish(marker.registered("Marker behind the duplicates"));
		awaitVersion(marker.partnershipId(), 0);

		assertThat(this.overviews.version(this.events.partnershipId())).isEqualTo(21);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anotherOrganisationSeesNoneOfTheRegisterWhileAnAuditorSeesAll() throws Exception {
		String outsider = person(UserRole.PROVIDER, organisation("GB-CHC", "Another Charity"));
		String auditor = person(UserRole.AUDITOR, organisation("GB-GOV", "Audit Office"));

		read(outsider, "/api/v1/adaptations").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].partnershipId").value(not(hasItem(this.events.partnershipId()))));
		read(outsider, "/api/v1/partnerships/{id}/adaptations").andExpect(status().isNotFound());
		read(outsider, "/api/v1/partnerships/{id}/iterations").andExpect(status().isNotFound());

		read(auditor, "/api/v1/adaptations?category=SERVICE_DESIGN_CHANGE")
			.andExpect(jsonPath("$[*].partnershipId").value(hasItem(this.events.partnershipId())));
		read(auditor, "/api/v1/partnerships/{id}/iterations").andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		assertThat(this.register.find(directoryIdentity(ADMIN), AdaptationFilter.NONE)).isEmpty();
	}

	@Test
	void aPartyThatLeftKeepsSeeingTheHistoryItTookPartIn() throws Exception {
		publish(this.events.left("party-1", "The charity merged with another", null));
		awaitVersion(this.events.partnershipId(), 22);

		read(this.provider, "/api/v1/partnerships/{id}").andExpect(status().isOk())
			.andExpect(jsonPath("$.parties[1].partyId").value("party-1"))
			.andExpect(jsonPath("$.parties[1].leftAt").isNotEmpty())
			.andExpect(jsonPath("$.parties[1].leavingReason").value("The charity merged with another"));
		read(this.provider, "/api/v1/adaptations").andExpect(jsonPath("$.length()").value(3));
		read(this.provider, "/api/v1/partnerships/{id}/events").andExpect(
				jsonPath("$[22].summary").value("Shelter Trust left the partnership: The charity merged with another"));
	}

	private ResultActions read(String username, String path) throws Exception {
		return this.mvc.perform(get(path, this.events.partnershipId()).with(httpBasic(username, PASSWORD)));
	}

	private Identity directoryIdentity(String username) {
		return this.directory.signInUser(username).orElseThrow().identity();
	}

	private String snapshot() {
		String rows = this.jdbc
			.sql("select string_agg(a::text, '|' order by adaptation_id) from adaptation_register a"
					+ " where partnership_id = :id")
			.param("id", this.events.partnershipId())
			.query(String.class)
			.single();
		String document = this.jdbc.sql("select document::text from partnership_overview where partnership_id = :id")
			.param("id", this.events.partnershipId())
			.query(String.class)
			.single();
		return rows + document
				+ this.jdbc.sql("select count(*) from event_log where partnership_id = :id")
					.param("id", this.events.partnershipId())
					.query(Long.class)
					.single();
	}

}
