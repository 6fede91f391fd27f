package org.partnershipledger.query.web;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.EvolutionEvents;
import org.partnershipledger.query.Overviews;
import org.partnershipledger.query.evolution.EvolutionChartTest;
import org.partnershipledger.query.partnership.Evolution;
import org.partnershipledger.query.partnership.PartnershipOverview;

/** Partnerships with an evolution against the recommendation, for the page tests. */
public final class EvolutionFixtures {

	private EvolutionFixtures() {
	}

	/**
	 * {@link PageFixtures#divergent()} with its evolution: assessed as relational, then a
	 * transactional contract chosen with a justification.
	 */
	public static PartnershipOverview divergent() {
		return with(PageFixtures.divergent(),
				Evolution.of(new EvolutionEvents()
					.assessed(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PageFixtures.ASSESSED.toString())
					.chosen(PartnershipModel.TRANSACTIONAL_CONTRACT, EvolutionEvents.JUSTIFICATION,
							PageFixtures.CHOSEN.toString())
					.events()),
				PartnershipModel.TRANSACTIONAL_CONTRACT, true, PageFixtures.CHOSEN);
	}

	/**
	 * Conforming at first, then drifted without a justification after a reassessment,
	 * then justified, then converged on a formal-relational contract.
	 */
	public static PartnershipOverview drifting() {
		return with(PageFixtures.divergent(), EvolutionChartTest.drifting(),
				PartnershipModel.FORMAL_RELATIONAL_CONTRACT, false, null);
	}

	/** Another partnership with the given models and divergence. */
	public static PartnershipOverview other(String id, String title, PartnershipModel recommended,
			PartnershipModel chosen, String justification, String divergedOn) {
		EvolutionEvents events = new EvolutionEvents().assessed(recommended, "2025-01-06T10:00:00Z");
		if (chosen != null) {
			events.chosen(chosen, justification, divergedOn);
		}
		PartnershipOverview base = PageFixtures.divergent();
		boolean divergent = chosen != null && chosen != recommended;
		return Overviews.of(id, title, base.description(), base.serviceArea(), base.legalRegime(), base.plannedPeriod(),
				base.estimatedValue(), base.status(), base.version(), base.commissioningParty(), base.parties(),
				base.latestAssessment(), base.assessments(), recommended, chosen, base.paymentMechanism(),
				base.latestChoice(), divergent, divergent ? Instant.parse(divergedOn) : null, base.registeredAt(),
				base.lastRecordedAt(), null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), Evolution.of(events.events()));
	}

	private static PartnershipOverview with(PartnershipOverview o, Evolution evolution, PartnershipModel chosen,
			boolean divergent, Instant divergentSince) {
		return Overviews.of(o.partnershipId(), o.title(), o.description(), o.serviceArea(), o.legalRegime(),
				o.plannedPeriod(), o.estimatedValue(), o.status(), o.version(), o.commissioningParty(), o.parties(),
				o.latestAssessment(), o.assessments(), o.recommendedModel(), chosen, o.paymentMechanism(),
				o.latestChoice(), divergent, divergentSince, o.registeredAt(), o.lastRecordedAt(), o.contract(),
				o.alignmentInstrument(), o.vision(), o.principles(), o.governance(), o.earlierVisions(),
				o.earlierPrinciples(), o.earlierGovernance(), o.measures(), o.adaptations(), o.iterations(), evolution);
	}

}
