package org.partnershipledger.query.partnership;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;

import org.partnershipledger.events.framework.PartnershipModel;

/**
 * A moment on the evolution: an assessment (with the model it recommends) or a model
 * choice (with the model chosen).
 *
 * @param at the business date of the event
 * @param model the model recommended (assessments) or chosen (choices)
 * @param previousModel the model recommended or chosen before, {@code null} for the first
 * @param justified for a choice: whether it departs from the recommendation with a
 * justification; false for assessments
 * @param departedFrom for a justified choice: the recommended model it departs from, and
 * so the only divergence its justification covers; {@code null} otherwise
 */
public record EvolutionPoint(Instant at, Kind kind, PartnershipModel model, PartnershipModel previousModel,
		boolean justified, PartnershipModel departedFrom) {

	@JsonCreator
	public EvolutionPoint {
	}

	/**
	 * A point that departs from nothing: an assessment, or a choice without a justified
	 * departure.
	 */
	public EvolutionPoint(Instant at, Kind kind, PartnershipModel model, PartnershipModel previousModel) {
		this(at, kind, model, previousModel, false, null);
	}

	/** What happened at the point. */
	public enum Kind {

		/** The first assessment. */
		ASSESSMENT,
		/** A later assessment. */
		REASSESSMENT,
		/** The first model choice. */
		CHOICE,
		/** A later choice of a different model. */
		MODEL_CHANGE,
		/**
		 * A later choice of the same model (a new decision, perhaps a new justification).
		 */
		RECHOICE;

		public boolean isAssessment() {
			return this == ASSESSMENT || this == REASSESSMENT;
		}

	}

}
