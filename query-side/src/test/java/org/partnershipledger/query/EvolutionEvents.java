package org.partnershipledger.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RuleSetRc1;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.DepartureReason;

/**
 * Assessments and model choices of one partnership on given business dates, for the
 * evolution's tests: each assessment recommends the model asked for (through rule set
 * RC-1), each choice records the departure and justification given.
 */
public final class EvolutionEvents {

	public static final String JUSTIFICATION = "The market cannot yet support a relational contract; we pilot first.";

	private final String partnershipId = UUID.randomUUID().toString();

	private final List<PartnershipEvent> events = new ArrayList<>();

	private String lastAssessmentId;

	private PartnershipModel recommended;

	private PartnershipModel chosen;

	public EvolutionEvents assessed(PartnershipModel model, String on) {
		int[] scores = (model == PartnershipModel.TRANSACTIONAL_CONTRACT) ? TestEvents.TRANSACTIONAL_SCORES
				: TestEvents.RELATIONAL_SCORES;
		Map<Dimension, Integer> values = new EnumMap<>(Dimension.class);
		Map<Dimension, DimensionScore> scored = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			values.put(dimension, scores[dimension.ordinal()]);
			scored.put(dimension,
					new DimensionScore(scores[dimension.ordinal()], "Evidence from the needs assessment"));
		}
		Recommendation recommendation = new RuleSetRc1().recommend(model != PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT,
				values);
		String previous = this.lastAssessmentId;
		this.lastAssessmentId = UUID.randomUUID().toString();
		this.events.add(new ServiceCharacteristicsAssessed(this.partnershipId, this.lastAssessmentId,
				(previous == null) ? AssessmentTrigger.INITIAL : AssessmentTrigger.MATERIAL_CHANGE, true, true, scored,
				List.of(), recommendation, previous, List.of(),
				previous != null && recommendation.model() != this.recommended, this.chosen,
				this.chosen != null && this.chosen != recommendation.model(), Instant.parse(on)));
		this.recommended = recommendation.model();
		return this;
	}

	/**
	 * A choice, with a departure justification when {@code justification} is not null.
	 */
	public EvolutionEvents chosen(PartnershipModel model, String justification, String on) {
		boolean departs = model != this.recommended;
		this.events.add(new PartnershipModelChosen(this.partnershipId, UUID.randomUUID().toString(), model,
				PaymentMechanism.FIXED_PRICE, this.lastAssessmentId, this.recommended, null, departs, justification,
				(justification != null) ? List.of(DepartureReason.PILOT_FIRST) : List.of(), this.chosen,
				Instant.parse(on)));
		this.chosen = model;
		return this;
	}

	public List<PartnershipEvent> events() {
		return List.copyOf(this.events);
	}

}
