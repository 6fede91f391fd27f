package org.partnershipledger.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.AlignmentInstrument;
import org.partnershipledger.query.partnership.Assessment;
import org.partnershipledger.query.partnership.AuditFinding;
import org.partnershipledger.query.partnership.Closure;
import org.partnershipledger.query.partnership.Contract;
import org.partnershipledger.query.partnership.ContractExtension;
import org.partnershipledger.query.partnership.ContractNow;
import org.partnershipledger.query.partnership.ContractTermination;
import org.partnershipledger.query.partnership.ContractVariation;
import org.partnershipledger.query.partnership.Dispute;
import org.partnershipledger.query.partnership.Evolution;
import org.partnershipledger.query.partnership.Governance;
import org.partnershipledger.query.partnership.GuidingPrinciples;
import org.partnershipledger.query.partnership.InstrumentEnding;
import org.partnershipledger.query.partnership.Iteration;
import org.partnershipledger.query.partnership.ModelChoice;
import org.partnershipledger.query.partnership.OutcomeMeasure;
import org.partnershipledger.query.partnership.OutcomeReport;
import org.partnershipledger.query.partnership.OverviewState;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Party;
import org.partnershipledger.query.partnership.Payment;
import org.partnershipledger.query.partnership.ReassessmentRule;
import org.partnershipledger.query.partnership.Review;
import org.partnershipledger.query.partnership.SharedVision;
import org.partnershipledger.query.partnership.StoredOverview;
import org.partnershipledger.query.partnership.TransparencyNotice;

/**
 * Overviews built by hand in tests, from the first slice's fields up: what a test does
 * not name is empty. Every item is shown, so the totals are the lists' sizes.
 */
public final class Overviews {

	private Overviews() {
	}

	/** Registered, parties, assessments, model choice. */
	public static PartnershipOverview of(String partnershipId, String title, String description, String serviceArea,
			LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
			PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
			PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
			Instant lastRecordedAt) {
		return of(partnershipId, title, description, serviceArea, legalRegime, plannedPeriod, estimatedValue, status,
				version, commissioningParty, parties, latestAssessment, assessments, recommendedModel, chosenModel,
				paymentMechanism, latestChoice, divergent, divergentSince, registeredAt, lastRecordedAt, null, null,
				null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** The relational life without its evolution. */
	public static PartnershipOverview of(String partnershipId, String title, String description, String serviceArea,
			LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
			PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
			PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
			Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
			GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
			List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance,
			List<OutcomeMeasure> measures, List<Adaptation> adaptations, List<Iteration> iterations) {
		return of(partnershipId, title, description, serviceArea, legalRegime, plannedPeriod, estimatedValue, status,
				version, commissioningParty, parties, latestAssessment, assessments, recommendedModel, chosenModel,
				paymentMechanism, latestChoice, divergent, divergentSince, registeredAt, lastRecordedAt, contract,
				alignmentInstrument, vision, principles, governance, earlierVisions, earlierPrinciples,
				earlierGovernance, measures, adaptations, iterations, Evolution.EMPTY);
	}

	/** The relational life without review points. */
	public static PartnershipOverview of(String partnershipId, String title, String description, String serviceArea,
			LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
			PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
			PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
			Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
			GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
			List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance,
			List<OutcomeMeasure> measures, List<Adaptation> adaptations, List<Iteration> iterations,
			Evolution evolution) {
		return of(partnershipId, title, description, serviceArea, legalRegime, plannedPeriod, estimatedValue, status,
				version, commissioningParty, parties, latestAssessment, assessments, recommendedModel, chosenModel,
				paymentMechanism, latestChoice, divergent, divergentSince, registeredAt, lastRecordedAt, contract,
				alignmentInstrument, vision, principles, governance, earlierVisions, earlierPrinciples,
				earlierGovernance, measures, adaptations, iterations, evolution, List.of());
	}

	/** Before contract changes, exit and accountability. */
	public static PartnershipOverview of(String partnershipId, String title, String description, String serviceArea,
			LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
			PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
			PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
			Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
			GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
			List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance,
			List<OutcomeMeasure> measures, List<Adaptation> adaptations, List<Iteration> iterations,
			Evolution evolution, List<Review> reviews) {
		return of(partnershipId, title, description, serviceArea, legalRegime, plannedPeriod, estimatedValue, status,
				version, commissioningParty, parties, latestAssessment, assessments, recommendedModel, chosenModel,
				paymentMechanism, latestChoice, divergent, divergentSince, registeredAt, lastRecordedAt, contract,
				alignmentInstrument, vision, principles, governance, earlierVisions, earlierPrinciples,
				earlierGovernance, measures, adaptations, iterations, evolution, reviews,
				(contract != null) ? ContractNow.of(contract) : null, List.of(), List.of(), null, null, null, List.of(),
				List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * Every field but the totals, and the reassessment triggers, which are worked out
	 * from the items as the fold would.
	 */
	public static PartnershipOverview of(String partnershipId, String title, String description, String serviceArea,
			LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
			PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
			PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
			Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
			GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
			List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance,
			List<OutcomeMeasure> measures, List<Adaptation> adaptations, List<Iteration> iterations,
			Evolution evolution, List<Review> reviews, ContractNow contractNow, List<ContractVariation> variations,
			List<ContractExtension> extensions, ContractTermination termination, InstrumentEnding instrumentEnding,
			Closure closure, List<OutcomeReport> outcomeReports, List<Payment> payments, List<Dispute> disputes,
			List<TransparencyNotice> notices, List<AuditFinding> auditFindings) {
		PartnershipOverview built = new PartnershipOverview(partnershipId, title, description, serviceArea, legalRegime,
				plannedPeriod, estimatedValue, status, version, commissioningParty, parties, latestAssessment,
				assessments, recommendedModel, chosenModel, paymentMechanism, latestChoice, divergent, divergentSince,
				registeredAt, lastRecordedAt, contract, alignmentInstrument, vision, principles, governance,
				earlierVisions, earlierPrinciples, earlierGovernance, measures, adaptations, iterations, evolution,
				reviews, contractNow, variations, extensions, termination, instrumentEnding, closure, outcomeReports,
				payments, disputes, notices, auditFindings, Map.of(), List.of(), List.of());
		return new PartnershipOverview(partnershipId, title, description, serviceArea, legalRegime, plannedPeriod,
				estimatedValue, status, version, commissioningParty, parties, latestAssessment, assessments,
				recommendedModel, chosenModel, paymentMechanism, latestChoice, divergent, divergentSince, registeredAt,
				lastRecordedAt, contract, alignmentInstrument, vision, principles, governance, earlierVisions,
				earlierPrinciples, earlierGovernance, measures, adaptations, iterations, evolution, reviews,
				contractNow, variations, extensions, termination, instrumentEnding, closure, outcomeReports, payments,
				disputes, notices, auditFindings, Map.of(), ReassessmentRule.triggers(OverviewState.of(built)),
				List.of());
	}

	/** What the store keeps of these overviews, as the portfolio reads them. */
	public static List<StoredOverview> stored(PartnershipOverview... overviews) {
		return Stream.of(overviews).map(PartnershipOverview::stored).toList();
	}

}
