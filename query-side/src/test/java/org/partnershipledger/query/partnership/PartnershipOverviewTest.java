package org.partnershipledger.query.partnership;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartnershipOverviewTest {

	private static final OrganisationIdentifier COUNCIL = new OrganisationIdentifier("GB-LAC", "E08000003");

	private static final OrganisationIdentifier CHARITY = new OrganisationIdentifier("GB-CHC", "1234567");

	private final TestEvents events = new TestEvents(COUNCIL);

	private static PartnershipOverview fold(List<EventEnvelope> envelopes) {
		PartnershipOverview overview = PartnershipOverview.empty();
		for (EventEnvelope envelope : envelopes) {
			overview = overview.apply(envelope);
		}
		return overview;
	}

	@Test
	void registerJoinAssessChooseGivesTheOverview() {
		PartnershipOverview overview = fold(List.of(this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", CHARITY, PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED)));

		assertThat(overview.partnershipId()).isEqualTo(this.events.partnershipId());
		assertThat(overview.title()).isEqualTo("Homelessness outcomes");
		assertThat(overview.version()).isEqualTo(3);
		assertThat(overview.status()).isEqualTo(PartnershipStatus.MODEL_CHOSEN);
		assertThat(overview.parties()).extracting(Party::name).containsExactly("Anytown Council", "Shelter Trust");
		assertThat(overview.partyOf(COUNCIL)).get().matches((party) -> party.holds(PartyRole.COMMISSIONER));
		assertThat(overview.latestAssessment().assessmentId()).isEqualTo(this.events.lastAssessmentId());
		assertThat(overview.latestAssessment().recommendation().weightedSum()).isEqualTo(82);
		assertThat(overview.latestAssessment().actor().userId()).isEqualTo("commissioner");
		assertThat(overview.assessments()).hasSize(1);
		assertThat(overview.recommendedModel()).isEqualTo(PartnershipModel.FORMAL_RELATIONAL_CONTRACT);
		assertThat(overview.chosenModel()).isEqualTo(PartnershipModel.FORMAL_RELATIONAL_CONTRACT);
		assertThat(overview.paymentMechanism()).isEqualTo(PaymentMechanism.OUTCOMES_BASED);
		assertThat(overview.latestChoice().departsFromRecommendation()).isFalse();
		assertThat(overview.divergent()).isFalse();
		assertThat(overview.divergentSince()).isNull();
	}

	@Test
	void choosingAnotherModelThanRecommendedIsDivergentSinceTheChoice() {
		EventEnvelope choice = this.events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT,
				PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE);
		PartnershipOverview overview = fold(List.of(this.events.registered("Home care"),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES), choice));

		assertThat(overview.divergent()).isTrue();
		assertThat(overview.divergentSince()).isEqualTo(choice.occurredAt());
		assertThat(overview.latestChoice().departsFromRecommendation()).isTrue();
		assertThat(overview.latestChoice().departureJustification()).isNotBlank();
	}

	@Test
	void aReassessmentThatAgreesWithTheChoiceEndsTheDivergence() {
		PartnershipOverview divergent = fold(List.of(this.events.registered("School meals"),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE)));
		PartnershipOverview converged = divergent.apply(this.events.assessed(true, TestEvents.TRANSACTIONAL_SCORES));

		assertThat(divergent.divergent()).isTrue();
		assertThat(converged.divergent()).isFalse();
		assertThat(converged.divergentSince()).isNull();
		assertThat(converged.recommendedModel()).isEqualTo(PartnershipModel.TRANSACTIONAL_CONTRACT);
		assertThat(converged.assessments()).hasSize(2);
		assertThat(converged.latestAssessment().previousAssessmentId())
			.isEqualTo(divergent.latestAssessment().assessmentId());
		assertThat(converged.status()).isEqualTo(PartnershipStatus.MODEL_CHOSEN);
	}

	@Test
	void aReassessmentThatStillDivergesKeepsTheDateTheDivergenceBegan() {
		PartnershipOverview divergent = fold(List.of(this.events.registered("Digital service"),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE)));
		PartnershipOverview still = divergent.apply(this.events.assessed(true, 5, 5, 5, 5, 5, 5, 5));

		assertThat(still.divergent()).isTrue();
		assertThat(still.divergentSince()).isEqualTo(divergent.divergentSince());
	}

	@Test
	void anAssessmentBeforeAnyChoiceIsNotDivergent() {
		PartnershipOverview overview = fold(
				List.of(this.events.registered("Alliance"), this.events.assessed(false, 5, 4, 4, 4, 5, 3, 5)));

		assertThat(overview.status()).isEqualTo(PartnershipStatus.ASSESSED);
		assertThat(overview.recommendedModel()).isEqualTo(PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT);
		assertThat(overview.divergent()).isFalse();
	}

	@Test
	void applyingLeavesTheEarlierOverviewUnchanged() {
		PartnershipOverview registered = PartnershipOverview.empty().apply(this.events.registered("Pure"));
		PartnershipOverview joined = registered
			.apply(this.events.joined("party-1", "Shelter Trust", CHARITY, PartyRole.LEAD_PROVIDER));

		assertThat(registered.parties()).hasSize(1);
		assertThat(registered.version()).isZero();
		assertThat(joined.parties()).hasSize(2);
		assertThat(joined.version()).isEqualTo(1);
	}

	@Test
	void anEventOfAnotherPartnershipIsRefused() {
		PartnershipOverview overview = PartnershipOverview.empty().apply(this.events.registered("Mine"));
		EventEnvelope other = new TestEvents(COUNCIL).registered("Theirs");

		assertThatIllegalArgumentException().isThrownBy(() -> overview.apply(other));
	}

	@Test
	void theFirstEventMustBeTheRegistration() {
		this.events.registered("Skipped");
		EventEnvelope joined = this.events.joined("party-1", "Shelter Trust", CHARITY, PartyRole.LEAD_PROVIDER);

		assertThatIllegalArgumentException().isThrownBy(() -> PartnershipOverview.empty().apply(joined));
	}

}
