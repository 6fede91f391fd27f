package org.partnershipledger.command.partnership;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.ConcludeIterationRequest;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.command.partnership.IterationCommands.ConcludeIteration;
import org.partnershipledger.command.partnership.IterationCommands.RecordIteration;
import org.partnershipledger.command.partnership.IterationCommands.StartIteration;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.ProviderIterationConcluded;
import org.partnershipledger.events.ProviderIterationRecorded;
import org.partnershipledger.events.ProviderIterationStarted;
import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;

import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.ADAPTATION;
import static org.partnershipledger.command.partnership.RelationalTestData.HYPOTHESIS;
import static org.partnershipledger.command.partnership.RelationalTestData.ITERATION;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PROVIDER;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalReady;
import static org.partnershipledger.command.partnership.RelationalTestData.iterationStarted;
import static org.partnershipledger.command.partnership.RelationalTestData.partnerJoined;
import static org.partnershipledger.command.partnership.RelationalTestData.serviceChangeProposed;
import static org.partnershipledger.command.partnership.RelationalTestData.startRequest;

/**
 * A provider tests and learns for its own party: an iteration outside the agreed
 * flexibility needs an adaptation; only the iteration's provider concludes it, once.
 */
class IterationTest {

	private static final LocalDate END = LocalDate.parse("2025-07-27");

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static List<PartnershipEvent> activeWith(PartnershipEvent... more) {
		return concat(formalRelationalActive(), List.of(more));
	}

	private static ConcludeIteration conclude(org.partnershipledger.api.identity.Identity identity) {
		return new ConcludeIteration(
				PARTNERSHIP, ITERATION, identity, new ConcludeIterationRequest(END, IterationResult.VALIDATED,
						IterationDecision.SCALE, "It worked", List.of(EvidenceKind.QUANTITATIVE), null, null, null),
				day(4));
	}

	@Test
	void aProviderStartsAnIterationForItsOwnParty() {
		this.fixture.given(formalRelationalActive())
			.when(new StartIteration(PARTNERSHIP, ITERATION, PROVIDER, startRequest(null, true, null), day(3)))
			.expectEvents(iterationStarted(CHARITY_PARTY));
	}

	@Test
	void aProviderCannotStartAnIterationForAnotherParty() {
		this.fixture.given(activeWith(partnerJoined()))
			.when(new StartIteration(PARTNERSHIP, ITERATION, PROVIDER, startRequest(PARTNER_PARTY, true, null), day(3)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aCommissionerDoesNotStartProviderIterations() {
		this.fixture.given(formalRelationalActive())
			.when(new StartIteration(PARTNERSHIP, ITERATION, COMMISSIONER, startRequest(null, true, null), day(3)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anIterationOutsideTheAgreedFlexibilityWithoutAnAdaptationIsRefused() {
		this.fixture.given(formalRelationalActive())
			.when(new StartIteration(PARTNERSHIP, ITERATION, PROVIDER, startRequest(null, false, null), day(3)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "adaptationId"))
			.expectNoEvents();
	}

	@Test
	void anIterationOutsideTheAgreedFlexibilityNamingAnAdaptationIsAccepted() {
		this.fixture.given(activeWith(serviceChangeProposed("1")))
			.when(new StartIteration(PARTNERSHIP, ITERATION, PROVIDER, startRequest(null, false, ADAPTATION), day(3)))
			.expectEvents(new ProviderIterationStarted(PARTNERSHIP, ITERATION, CHARITY_PARTY, "Evening drop-in",
					HYPOTHESIS, "One session moved to 18:00", "Central hub", List.of(), LocalDate.parse("2025-06-01"),
					END, false, ADAPTATION, day(3)));
	}

	@Test
	void anIterationOutsideTheAgreedFlexibilityCannotRestOnARejectedAdaptation() {
		this.fixture
			.given(activeWith(serviceChangeProposed("1"),
					new AdaptationRejected(PARTNERSHIP, ADAPTATION, "Not now", day(3))))
			.when(new StartIteration(PARTNERSHIP, ITERATION, PROVIDER, startRequest(null, false, ADAPTATION), day(4)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "adaptationId"))
			.expectExceptionMessage(containsString("REJECTED"))
			.expectNoEvents();
	}

	@Test
	void anIterationNamingAnAdaptationThatDoesNotExistIsRefused() {
		this.fixture.given(formalRelationalActive())
			.when(new StartIteration(PARTNERSHIP, ITERATION, PROVIDER, startRequest(null, false, "ad-nowhere"), day(3)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "adaptationId"))
			.expectNoEvents();
	}

	@Test
	void iterationsNeedAnActivePartnership() {
		this.fixture.given(formalRelationalReady())
			.when(new StartIteration(PARTNERSHIP, ITERATION, PROVIDER, startRequest(null, true, null), day(3)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void theIterationsProviderConcludesIt() {
		this.fixture.given(activeWith(iterationStarted(CHARITY_PARTY)))
			.when(conclude(PROVIDER))
			.expectEvents(
					new ProviderIterationConcluded(PARTNERSHIP, ITERATION, END, List.of(EvidenceKind.QUANTITATIVE),
							IterationResult.VALIDATED, IterationDecision.SCALE, "It worked", null, day(4)));
	}

	@Test
	void anotherProviderPartyCannotConcludeTheIteration() {
		this.fixture.given(activeWith(partnerJoined(), iterationStarted(CHARITY_PARTY)))
			.when(conclude(PARTNER_PROVIDER))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anIterationIsConcludedOnce() {
		this.fixture
			.given(activeWith(iterationStarted(CHARITY_PARTY),
					new ProviderIterationConcluded(PARTNERSHIP, ITERATION, END, List.of(EvidenceKind.QUALITATIVE),
							IterationResult.INCONCLUSIVE, IterationDecision.ADAPT, "Too early", null, day(4))))
			.when(conclude(PROVIDER))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void anIterationCannotEndBeforeItStarted() {
		this.fixture.given(activeWith(iterationStarted(CHARITY_PARTY)))
			.when(new ConcludeIteration(PARTNERSHIP, ITERATION, PROVIDER,
					new ConcludeIterationRequest(LocalDate.parse("2025-05-01"), IterationResult.VALIDATED,
							IterationDecision.SCALE, "It worked", List.of(EvidenceKind.QUANTITATIVE), null, null, null),
					day(4)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "endedOn"))
			.expectNoEvents();
	}

	@Test
	void aFinishedIterationIsRecordedInOneStep() {
		RecordIterationRequest request = new RecordIterationRequest(null, "Text reminders", HYPOTHESIS,
				"A text the day before", "All hubs", List.of(), LocalDate.parse("2025-05-01"), null, true, null,
				LocalDate.parse("2025-05-29"), IterationResult.INCONCLUSIVE, IterationDecision.ADAPT,
				"Too few appointments to tell", List.of(EvidenceKind.QUANTITATIVE), null, null, null);
		this.fixture.given(formalRelationalActive())
			.when(new RecordIteration(PARTNERSHIP, ITERATION, PROVIDER, request, day(3)))
			.expectEvents(new ProviderIterationRecorded(PARTNERSHIP, ITERATION, CHARITY_PARTY, "Text reminders",
					HYPOTHESIS, "A text the day before", "All hubs", List.of(), LocalDate.parse("2025-05-01"),
					LocalDate.parse("2025-05-29"), true, null, LocalDate.parse("2025-05-29"),
					List.of(EvidenceKind.QUANTITATIVE), IterationResult.INCONCLUSIVE, IterationDecision.ADAPT,
					"Too few appointments to tell", null, day(3)));
	}

}
