package org.partnershipledger.command.partnership;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.AccountabilityCommands.RaiseAuditFinding;
import org.partnershipledger.command.partnership.AccountabilityCommands.RecordTransparencyNotice;
import org.partnershipledger.command.partnership.AccountabilityCommands.RespondToAuditFinding;
import org.partnershipledger.events.AuditFindingRaised;
import org.partnershipledger.events.AuditFindingResponded;
import org.partnershipledger.events.TransparencyNoticeRecorded;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.TransparencyNoticeType;

import static org.partnershipledger.command.partnership.ExitTestData.active;
import static org.partnershipledger.command.partnership.ExitTestData.closed;
import static org.partnershipledger.command.partnership.ExitTestData.terminated;
import static org.partnershipledger.command.partnership.PartnershipTestData.ADMIN;
import static org.partnershipledger.command.partnership.PartnershipTestData.AUDITOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.OUTSIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.CONTRACT;
import static org.partnershipledger.command.partnership.RelationalTestData.day;

/**
 * Transparency notices are recorded by a commissioner or the ledger itself; audit
 * findings are raised only by auditors and answered by the commissioner. Both go on after
 * closure.
 */
class AccountabilityTest {

	private static final LocalDate PUBLISHED = LocalDate.parse("2025-10-20");

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static RecordTransparencyNotice notice(Identity who, String relatesTo) {
		return new RecordTransparencyNotice(PARTNERSHIP, "n-1", who, new RecordTransparencyNoticeRequest(
				TransparencyNoticeType.UK6, "UK6-2025-000001", PUBLISHED, relatesTo, null, null), day(6));
	}

	private static RaiseAuditFinding finding(Identity who) {
		return new RaiseAuditFinding(PARTNERSHIP, "f-1", who,
				new RaiseAuditFindingRequest("Adaptations in 2025", LocalDate.parse("2025-12-31"),
						"A variation beyond delegation", FindingSeverity.MEDIUM, "Refer above 10%", List.of("e-101"),
						null, null),
				day(40));
	}

	private static AuditFindingRaised findingRaised() {
		return new AuditFindingRaised(PARTNERSHIP, "f-1", "Adaptations in 2025", LocalDate.parse("2025-12-31"),
				"A variation beyond delegation", FindingSeverity.MEDIUM, "Refer above 10%", List.of("e-101"), day(40));
	}

	private static RespondToAuditFinding respond(Identity who) {
		return new RespondToAuditFinding(PARTNERSHIP, "f-1", who,
				new RespondToAuditFindingRequest("Accepted; delegation capped", true, null, null), day(41));
	}

	@Test
	void theCommissionerRecordsANoticeAboutTheContract() {
		this.fixture.given(active())
			.when(notice(COMMISSIONER, CONTRACT))
			.expectEvents(new TransparencyNoticeRecorded(PARTNERSHIP, "n-1", TransparencyNoticeType.UK6,
					"UK6-2025-000001", PUBLISHED, CONTRACT, day(6)));
	}

	@Test
	void theLedgerItselfRecordsANoticeAsSystem() {
		this.fixture.given(active())
			.when(notice(null, null))
			.expectSuccessfulHandlerExecution()
			.expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
					new org.hamcrest.CustomTypeSafeMatcher<org.axonframework.eventhandling.EventMessage<?>>(
							"an event recorded by the SYSTEM") {
						@Override
						protected boolean matchesSafely(org.axonframework.eventhandling.EventMessage<?> message) {
							return EventMetaData.actor(message.getMetaData()).role() == ActorRole.SYSTEM;
						}
					}));
	}

	@Test
	void aNoticeRelatesOnlyToSomethingOfThisPartnership() {
		this.fixture.given(active())
			.when(notice(COMMISSIONER, "c-elsewhere"))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "relatesTo"))
			.expectNoEvents();
	}

	@Test
	void aProviderDoesNotRecordNotices() {
		this.fixture.given(active())
			.when(notice(PROVIDER, null))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anAuditorRaisesAFindingWithoutBeingAParty() {
		this.fixture.given(active()).when(finding(AUDITOR)).expectEvents(findingRaised());
	}

	@Test
	void onlyAnAuditorRaisesFindings() {
		this.fixture.given(active())
			.when(finding(COMMISSIONER))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(active())
			.when(finding(ADMIN))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(active())
			.when(finding(OUTSIDER))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void theCommissionerRespondsToAFindingOnce() {
		this.fixture.given(active(findingRaised()))
			.when(respond(COMMISSIONER))
			.expectEvents(new AuditFindingResponded(PARTNERSHIP, "f-1", "Accepted; delegation capped", true, day(41)));
		new AggregateTestFixture<>(Partnership.class)
			.given(active(findingRaised(), new AuditFindingResponded(PARTNERSHIP, "f-1", "Accepted", true, day(41))))
			.when(respond(COMMISSIONER))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void anAuditorDoesNotRespondToFindings() {
		this.fixture.given(active(findingRaised()))
			.when(respond(AUDITOR))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anUnknownFindingIsNotFound() {
		this.fixture.given(active())
			.when(respond(COMMISSIONER))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void aClosedPartnershipStillAcceptsNoticesFindingsAndResponses() {
		this.fixture.given(active(terminated(), closed()))
			.when(notice(COMMISSIONER, CONTRACT))
			.expectSuccessfulHandlerExecution();
		new AggregateTestFixture<>(Partnership.class).given(active(terminated(), closed()))
			.when(finding(AUDITOR))
			.expectEvents(findingRaised());
		new AggregateTestFixture<>(Partnership.class).given(active(terminated(), closed(), findingRaised()))
			.when(respond(COMMISSIONER))
			.expectSuccessfulHandlerExecution();
	}

}
