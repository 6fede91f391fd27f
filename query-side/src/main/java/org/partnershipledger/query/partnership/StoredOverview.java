package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.Period;

/**
 * The overview as it is stored, one document per partnership beside the columns the
 * portfolio filters on: everything but the items that grow with its life, which are
 * stored a row each (see {@link ItemKind}), and how many of each there are. Its shape is
 * the store's, free to change with a migration; the API's is {@link PartnershipOverview}.
 */
public record StoredOverview(String partnershipId, String title, String description, String serviceArea,
		LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
		PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment,
		PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
		ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
		Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
		GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
		List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance, List<OutcomeMeasure> measures,
		Evolution evolution, ContractNow contractNow, ContractTermination termination,
		InstrumentEnding instrumentEnding, Closure closure, Map<ItemKind, Integer> totals) {

	public StoredOverview {
		parties = copy(parties);
		earlierVisions = copy(earlierVisions);
		earlierPrinciples = copy(earlierPrinciples);
		earlierGovernance = copy(earlierGovernance);
		measures = copy(measures);
		evolution = (evolution == null) ? Evolution.EMPTY : evolution;
		totals = (totals == null) ? Map.of() : Map.copyOf(totals);
	}

	private static <T> List<T> copy(List<T> list) {
		return (list == null) ? List.of() : List.copyOf(list);
	}

}
