package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.command.partnership.RelationalCommands.AdoptAlignmentInstrument;
import org.partnershipledger.command.partnership.RelationalCommands.ConcludeContract;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.InstrumentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.charityJoined;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.CONTRACT;
import static org.partnershipledger.command.partnership.RelationalTestData.alignmentChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.chosen;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.confirm;
import static org.partnershipledger.command.partnership.RelationalTestData.confirmed;
import static org.partnershipledger.command.partnership.RelationalTestData.contractConcluded;
import static org.partnershipledger.command.partnership.RelationalTestData.contractRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalReady;
import static org.partnershipledger.command.partnership.RelationalTestData.instrumentAdopted;
import static org.partnershipledger.command.partnership.RelationalTestData.jointlyProposed;
import static org.partnershipledger.command.partnership.RelationalTestData.visionAgreed;

/**
 * A partnership becomes ACTIVE with a contract, or for an alignment partnership with an
 * alignment instrument; a formal-relational contract needs its relational basis first.
 */
class ContractAndInstrumentTest {

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static ConcludeContract conclude(ConcludeContractRequest request) {
		return new ConcludeContract(PARTNERSHIP, CONTRACT, COMMISSIONER, request, RelationalTestData.day(2));
	}

	private static AdoptAlignmentInstrument adopt(List<String> signatories) {
		return new AdoptAlignmentInstrument(
				PARTNERSHIP, "i-1", COMMISSIONER, new AdoptAlignmentInstrumentRequest(InstrumentType.MOU, signatories,
						LocalDate.parse("2025-05-01"), LocalDate.parse("2026-04-30"), false, null, null),
				RelationalTestData.day(2));
	}

	@Test
	void aFormalRelationalPartnershipWithVisionPrinciplesAndGovernanceBecomesActiveWithItsContract() {
		this.fixture.given(formalRelationalReady())
			.when(conclude(contractRequest()))
			.expectEvents(contractConcluded())
			.expectState((partnership) -> {
				assertThat(partnership.status()).isEqualTo(PartnershipStatus.ACTIVE);
				assertThat(partnership.contractId()).isEqualTo(CONTRACT);
			});
	}

	@Test
	void aFormalRelationalPartnershipCannotBecomeActiveWithoutVisionPrinciplesAndGovernanceAndIsToldWhatIsMissing() {
		this.fixture.given(concat(formalRelationalChosen(), List.of(visionAgreed(1))))
			.when(conclude(contractRequest()))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectExceptionMessage(containsString("still missing: guiding principles, governance arrangements"))
			.expectNoEvents();
	}

	@Test
	void aTransactionalContractNeedsNoRelationalBasis() {
		this.fixture
			.given(registered(), charityJoined(),
					chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE))
			.when(conclude(contractRequest()))
			.expectEvents(contractConcluded());
	}

	@Test
	void anAlignmentPartnershipHasNoContract() {
		this.fixture.given(alignmentChosen())
			.when(conclude(contractRequest()))
			.expectException(rejection(RejectionKind.UNPROCESSABLE))
			.expectExceptionMessage(containsString("alignment partnership has no contract"))
			.expectNoEvents();
	}

	@Test
	void noContractBeforeTheModelIsChosen() {
		this.fixture.given(registered(), charityJoined())
			.when(conclude(contractRequest()))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void anActivePartnershipCannotConcludeItsContractAgain() {
		this.fixture.given(formalRelationalActive())
			.when(conclude(contractRequest()))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void everySupplierMustBeAParty() {
		ConcludeContractRequest request = new ConcludeContractRequest(LocalDate.parse("2025-04-10"),
				RelationalTestData.contractPeriod(), new Money(new BigDecimal("100"), "GBP"), List.of("party-nobody"),
				List.of(), null, null);
		this.fixture.given(formalRelationalReady())
			.when(conclude(request))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "supplierPartyIds"))
			.expectNoEvents();
	}

	@Test
	void anAlignmentPartnershipBecomesActiveWithItsInstrument() {
		this.fixture.given(alignmentChosen())
			.andGivenCommands(adopt(List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.when(confirm("jd-1", PROVIDER, RelationalTestData.day(2)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, RelationalTestData.day(2)), instrumentAdopted())
			.expectState((partnership) -> assertThat(partnership.status()).isEqualTo(PartnershipStatus.ACTIVE));
	}

	@Test
	void anAlignmentPartnershipIsNotActiveWhileItsInstrumentWaitsForASignatory() {
		this.fixture.given(alignmentChosen())
			.when(adopt(List.of()))
			.expectEvents(jointlyProposed("jd-1", instrumentAdopted(), List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.expectState((partnership) -> assertThat(partnership.status()).isNotEqualTo(PartnershipStatus.ACTIVE));
	}

	@Test
	void anAlignmentInstrumentIsOnlyForAnAlignmentPartnership() {
		this.fixture.given(formalRelationalReady())
			.when(adopt(List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE))
			.expectNoEvents();
	}

	@Test
	void theCommissioningPartyMustSignTheInstrument() {
		this.fixture.given(alignmentChosen())
			.when(adopt(List.of(CHARITY_PARTY)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "signatoryPartyIds"))
			.expectNoEvents();
	}

}
