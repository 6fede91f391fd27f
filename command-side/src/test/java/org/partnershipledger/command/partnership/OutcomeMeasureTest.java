package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.command.partnership.RelationalCommands.DefineOutcomeMeasure;
import org.partnershipledger.command.partnership.RelationalCommands.ReviseOutcomeMeasure;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.OutcomeMeasureRevised;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.MeasureKind;

import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.ADAPTATION;
import static org.partnershipledger.command.partnership.RelationalTestData.MEASURE;
import static org.partnershipledger.command.partnership.RelationalTestData.agreed;
import static org.partnershipledger.command.partnership.RelationalTestData.alignmentChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.measureDefined;
import static org.partnershipledger.command.partnership.RelationalTestData.proposed;

/**
 * Measures are defined from the model choice on; no payments on an alignment partnership;
 * once ACTIVE a measure changes only under an agreed adaptation.
 */
class OutcomeMeasureTest {

	private static final Money RATE = new Money(new BigDecimal("1500"), "GBP");

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static DefineOutcomeMeasure define(boolean paymentLinked, Money rate) {
		return new DefineOutcomeMeasure(PARTNERSHIP, MEASURE, COMMISSIONER,
				new DefineOutcomeMeasureRequest("Sustained accommodation", MeasureKind.OUTCOME, "people",
						new BigDecimal("100"), new BigDecimal("300"), paymentLinked, rate, null, null),
				day(1));
	}

	private static ReviseOutcomeMeasure revise(String adaptationId) {
		return new ReviseOutcomeMeasure(PARTNERSHIP, MEASURE, COMMISSIONER,
				new ReviseOutcomeMeasureRequest("Sustained accommodation", MeasureKind.OUTCOME, "people",
						new BigDecimal("100"), new BigDecimal("350"), false, null, adaptationId, "Demand rose", null,
						null),
				day(6));
	}

	@Test
	void aCommissionerDefinesAMeasureOnceTheModelIsChosen() {
		this.fixture.given(formalRelationalChosen()).when(define(false, null)).expectEvents(measureDefined());
	}

	@Test
	void aPaymentLinkedMeasureIsRefusedOnAnAlignmentPartnership() {
		this.fixture.given(alignmentChosen())
			.when(define(true, RATE))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "paymentLinked", "rate"))
			.expectNoEvents();
	}

	@Test
	void aRateIsRefusedOnAnAlignmentPartnershipEvenWithoutPaymentLink() {
		this.fixture.given(alignmentChosen())
			.when(define(false, RATE))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "rate"))
			.expectNoEvents();
	}

	@Test
	void aPaymentLinkedMeasureIsFineUnderAContract() {
		this.fixture.given(formalRelationalChosen())
			.when(define(true, RATE))
			.expectEvents(new OutcomeMeasureDefined(PARTNERSHIP, MEASURE, "Sustained accommodation",
					MeasureKind.OUTCOME, "people", new BigDecimal("100"), new BigDecimal("300"), true, RATE, day(1)));
	}

	@Test
	void beforeTheContractAMeasureIsRevisedWithoutAnAdaptation() {
		this.fixture.given(concat(formalRelationalChosen(), List.of(measureDefined())))
			.when(revise(null))
			.expectSuccessfulHandlerExecution()
			.expectEventsMatching(
					org.axonframework.test.matchers.Matchers.payloadsMatching(org.axonframework.test.matchers.Matchers
						.exactSequenceOf(org.hamcrest.Matchers.instanceOf(OutcomeMeasureRevised.class))));
	}

	@Test
	void onceActiveARevisionWithoutAnAgreedOutcomeMeasureChangeIsRefused() {
		this.fixture.given(concat(formalRelationalActive(), List.of(measureDefined())))
			.when(revise(null))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "adaptationId"))
			.expectNoEvents();
	}

	@Test
	void onceActiveARevisionUnderAMerelyProposedAdaptationIsRefused() {
		this.fixture
			.given(concat(formalRelationalActive(),
					List.of(measureDefined(),
							proposed(ADAPTATION, AdaptationCategory.OUTCOME_MEASURE_CHANGE,
									AdaptationFormality.OPERATIONAL, "0", CHARITY_PARTY))))
			.when(revise(ADAPTATION))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "adaptationId"))
			.expectNoEvents();
	}

	@Test
	void onceActiveARevisionUnderAnAgreedOutcomeMeasureChangeIsAccepted() {
		this.fixture
			.given(concat(formalRelationalActive(),
					List.of(measureDefined(),
							proposed(ADAPTATION, AdaptationCategory.OUTCOME_MEASURE_CHANGE,
									AdaptationFormality.OPERATIONAL, "0", CHARITY_PARTY),
							agreed(ADAPTATION))))
			.when(revise(ADAPTATION))
			.expectEvents(new OutcomeMeasureRevised(PARTNERSHIP, MEASURE, "Sustained accommodation",
					MeasureKind.OUTCOME, "people", new BigDecimal("100"), new BigDecimal("350"), false, null,
					ADAPTATION, "Demand rose", day(6)));
	}

	@Test
	void revisingAMeasureThatDoesNotExistIsNotFound() {
		this.fixture.given(formalRelationalActive())
			.when(revise(null))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

}
