package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the read models store reads back whole, through the one JSON configuration: the
 * records that gained a component keep it (their shorter constructors are for code, not
 * for JSON).
 */
class StoredShapesRoundTripTest {

	private static final Instant AT = Instant.parse("2026-01-12T10:00:00Z");

	private static <T> T roundTrip(T value, Class<T> type) {
		return LedgerJson.read(LedgerJson.write(value), type);
	}

	@Test
	void aTransitionsChoiceKeepsWhatItWaitsFor() {
		ModelChoice choice = new ModelChoice("d-2", PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
				PaymentMechanism.OUTCOMES_BASED, "a-2", PartnershipModel.FORMAL_RELATIONAL_CONTRACT, null, false, null,
				List.of(), PartnershipModel.TRANSACTIONAL_CONTRACT, AT, AT, null, true,
				List.of(TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR));

		assertThat(roundTrip(choice, ModelChoice.class)).isEqualTo(choice);
	}

	@Test
	void anEvolutionPointKeepsTheRecommendationItDepartedFrom() {
		EvolutionPoint point = new EvolutionPoint(AT, EvolutionPoint.Kind.CHOICE,
				PartnershipModel.TRANSACTIONAL_CONTRACT, null, true, PartnershipModel.FORMAL_RELATIONAL_CONTRACT);

		assertThat(roundTrip(point, EvolutionPoint.class)).isEqualTo(point);
	}

	@Test
	void aMechanismChangeKeepsItsNewMechanismInTheEventAndTheView() {
		AdaptationProposed proposed = new AdaptationProposed("p-1", "ad-1", "party-0",
				AdaptationCategory.PAYMENT_MECHANISM_CHANGE, AdaptationFormality.FORMAL_VARIATION, "Open book",
				"Costs reimbursed", "Outcomes not yet measurable", List.of(),
				new ExpectedImpact(BigDecimal.ZERO, BigDecimal.ZERO, "Same", List.of()), List.of("party-0"), List.of(),
				LocalDate.parse("2026-02-01"), false, PaymentMechanism.COST_REIMBURSEMENT_OPEN_BOOK, AT);
		assertThat(roundTrip(proposed, AdaptationProposed.class)).isEqualTo(proposed);

		Adaptation adaptation = Adaptation.proposed(proposed, "Council", null);
		assertThat(roundTrip(adaptation, Adaptation.class).newPaymentMechanism())
			.isEqualTo(PaymentMechanism.COST_REIMBURSEMENT_OPEN_BOOK);
	}

}
