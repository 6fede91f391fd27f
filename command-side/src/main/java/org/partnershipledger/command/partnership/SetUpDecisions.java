package org.partnershipledger.command.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.command.partnership.SetUpCommands.AssessServiceCharacteristics;
import org.partnershipledger.command.partnership.SetUpCommands.ChoosePartnershipModel;
import org.partnershipledger.command.partnership.SetUpCommands.RegisterPartnership;
import org.partnershipledger.command.partnership.SetUpCommands.RemoveParty;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipModelTransitioned;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RuleSet;
import org.partnershipledger.events.framework.RuleSets;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;

import static org.partnershipledger.command.partnership.Guards.blankToNull;
import static org.partnershipledger.command.partnership.Guards.existing;
import static org.partnershipledger.command.partnership.Guards.notBeforeLatestAssessmentUnexplained;
import static org.partnershipledger.command.partnership.Guards.rejectIfAny;
import static org.partnershipledger.command.partnership.Guards.unknown;

/**
 * Set-up: the partnership registered, its parties joining and leaving, the service
 * assessed against the framework and the model chosen (DOMAIN.md §4, set-up 1–4).
 */
final class SetUpDecisions {

	/**
	 * The most parties a partnership has at once: more is not a partnership any overview
	 * or access check can serve, and each of its events would carry them all.
	 */
	static final int MAX_PARTIES = 100;

	private SetUpDecisions() {
	}

	/** Only a commissioner registers; its organisation is the first party. */
	static Decision<Long> registerPartnership(RegisterPartnership command) {
		Identity identity = command.identity();
		if (identity.role() != UserRole.COMMISSIONER) {
			throw PartnershipRejection.forbidden("Only a commissioner can register a partnership");
		}
		Organisation organisation = identity.organisation();
		PartyRef commissioningParty = new PartyRef(command.commissioningPartyId(), organisation.name(),
				organisation.identifier());
		RegisterPartnershipRequest request = command.request();
		return Decision.of(new PartnershipRegistered(command.partnershipId(), request.title(), request.description(),
				request.serviceArea(), commissioningParty, request.legalRegime(), request.plannedPeriod(),
				request.estimatedValue(), request.predecessorPartnershipId(), request.ocid(), command.occurredAt()),
				EventMetaData.of(identity, commissioningParty.partyId(), request.authority()));
	}

	static Decision<Long> addParty(PartnershipState state, AddParty command) {
		Party acting = Acting.commissioner(state, command.identity());
		AddPartyRequest request = command.request();
		anOrganisationIsAPartyOnce(state, request.identifier());
		if (state.parties().size() >= MAX_PARTIES) {
			throw PartnershipRejection
				.conflict("A partnership has at most " + MAX_PARTIES + " parties at once, and this one has "
						+ state.parties().size() + ": record a party leaving before another joins");
		}
		partiesChangeUnderAnAgreedAdaptation(state, request.partyChangeAdaptationId());
		rejectIfAny("The party's joining is dated before the latest assessment",
				notBeforeLatestAssessmentUnexplained(state, command.occurredAt(), request.backdatingReason()));
		return Decision.of(
				new PartyJoined(state.partnershipId(), command.partyId(),
						new Organisation(request.name(), request.identifier()), request.roles(), request.basis(),
						request.reason(), blankToNull(request.partyChangeAdaptationId()),
						blankToNull(request.backdatingReason()), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	/**
	 * The recommendation comes from the rule set once, now, and is stored; a reassessment
	 * also says what changed since the latest assessment and whether the chosen model now
	 * diverges.
	 */
	static Decision<AssessmentRecorded> assessServiceCharacteristics(PartnershipState state,
			AssessServiceCharacteristics command, RuleSet ruleSet) {
		Party acting = Acting.commissioner(state, command.identity());
		AssessServiceCharacteristicsRequest request = command.request();
		rejectIfAny("A co-assessor is not a party to this partnership",
				unknown(state.parties(), request.coAssessorPartyIds(), "coAssessorPartyIds",
						"Name only parties of this partnership as co-assessors; not parties: "));
		Map<Dimension, Integer> scores = request.scoreValues();
		Recommendation recommendation = ruleSet.recommend(request.moneyChangesHands(), scores);
		LatestAssessment previous = state.latestAssessment();
		boolean reassessment = previous != null;
		List<Dimension> changed = reassessment ? changedDimensions(previous.scores(), scores) : List.of();
		boolean recommendationChanged = reassessment && previous.recommendation().model() != recommendation.model();
		boolean diverges = state.chosenModel() != null && state.chosenModel() != recommendation.model();
		return Decision
			.of(new ServiceCharacteristicsAssessed(state.partnershipId(), command.assessmentId(), request.trigger(),
					request.moneyChangesHands(), request.outcomeMetricsAvailable(), request.scores(),
					request.coAssessorPartyIds(), recommendation, reassessment ? previous.assessmentId() : null,
					changed, recommendationChanged, state.chosenModel(), diverges, command.occurredAt()),
					command.identity(), acting, request.authority())
			.answering((version) -> new AssessmentRecorded(version, recommendation));
	}

	static Decision<ModelChoiceRecorded> choosePartnershipModel(PartnershipState state,
			ChoosePartnershipModel command) {
		Party acting = Acting.commissioner(state, command.identity());
		LatestAssessment latest = state.latestAssessment();
		if (latest == null) {
			throw PartnershipRejection.conflict("Assess the service before choosing a partnership model");
		}
		ChoosePartnershipModelRequest request = command.request();
		if (!latest.assessmentId().equals(request.basedOnAssessmentId())) {
			throw PartnershipRejection.unprocessable("The choice is not based on the latest assessment",
					List.of(new FieldProblem("basedOnAssessmentId", "Base the choice on the latest assessment, "
							+ latest.assessmentId() + ", and check its recommendation")));
		}
		Recommendation recommendation = latest.recommendation();
		boolean departs = request.chosenModel() != recommendation.model();
		List<FieldProblem> problems = new ArrayList<>(
				aDepartureOrALowConfidenceChoiceIsJustified(request, recommendation, departs));
		problems.addAll(aDepartureGivesAReason(request, departs));
		problems.addAll(theMechanismFitsTheModel(state, request));
		rejectIfAny("The model choice breaks a rule of the framework", problems);
		if (Transitions.isTransition(state)) {
			Transitions.refuseUntilItsBasisHolds(state, request.chosenModel());
			return Decision
				.of(new PartnershipModelTransitioned(state.partnershipId(), command.decisionId(), state.chosenModel(),
						request.chosenModel(), state.paymentMechanism(), request.paymentMechanism(),
						request.basedOnAssessmentId(), recommendation.model(), recommendation.confidence(), departs,
						request.departureJustification(), request.departureReasonCodes(),
						Transitions.pending(state, request.chosenModel()), command.occurredAt()), command.identity(),
						acting, request.authority())
				.answering((version) -> new ModelChoiceRecorded(version, departs));
		}
		return Decision
			.of(new PartnershipModelChosen(state.partnershipId(), command.decisionId(), request.chosenModel(),
					request.paymentMechanism(), request.basedOnAssessmentId(), recommendation.model(),
					recommendation.confidence(), departs, request.departureJustification(),
					request.departureReasonCodes(), state.chosenModel(), command.occurredAt()), command.identity(),
					acting, request.authority())
			.answering((version) -> new ModelChoiceRecorded(version, departs));
	}

	static Decision<Long> removeParty(PartnershipState state, RemoveParty command) {
		Party acting = Acting.commissioner(state, command.identity());
		Party leaving = existing(state.parties(), command.partyId(), "party");
		aCommissioningPartyStays(state, leaving);
		RemovePartyRequest request = command.request();
		partiesChangeUnderAnAgreedAdaptation(state, request.partyChangeAdaptationId());
		rejectIfAny("The party's leaving is dated before the latest assessment",
				notBeforeLatestAssessmentUnexplained(state, command.occurredAt(), request.backdatingReason()));
		return Decision.of(
				new PartyLeft(state.partnershipId(), command.partyId(), request.reason(),
						blankToNull(request.partyChangeAdaptationId()), blankToNull(request.backdatingReason()),
						JointDecisions.binding(state, command.partyId()), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	private static void anOrganisationIsAPartyOnce(PartnershipState state, OrganisationIdentifier identifier) {
		state.parties()
			.values()
			.stream()
			.filter((party) -> party.identifier().equals(identifier))
			.findFirst()
			.ifPresent((party) -> {
				throw PartnershipRejection
					.conflict(party.name() + " (" + party.identifier() + ") is already a party to this partnership");
			});
	}

	private static void aCommissioningPartyStays(PartnershipState state, Party leaving) {
		long commissioners = state.parties()
			.values()
			.stream()
			.filter((party) -> party.holds(PartyRole.COMMISSIONER))
			.count();
		if (leaving.holds(PartyRole.COMMISSIONER) && commissioners == 1) {
			throw PartnershipRejection.unprocessable("A partnership keeps at least one commissioning party",
					List.of(new FieldProblem("partyId",
							leaving.name() + " is the only commissioning party; add another before it leaves")));
		}
	}

	/**
	 * Once ACTIVE under a contract, a party joins or leaves only under an agreed
	 * PARTY_CHANGE adaptation; an adaptation named anyway must be one.
	 */
	private static void partiesChangeUnderAnAgreedAdaptation(PartnershipState state, String adaptationId) {
		boolean needed = state.status() == PartnershipStatus.ACTIVE && state.contractId() != null;
		if (!needed && blankToNull(adaptationId) == null) {
			return;
		}
		Adaptation adaptation = (adaptationId == null) ? null : state.adaptations().get(adaptationId);
		if (adaptation == null || adaptation.category() != AdaptationCategory.PARTY_CHANGE
				|| !adaptation.agreedOrLater()) {
			throw PartnershipRejection.unprocessable(
					"Once a partnership is ACTIVE under a contract, a party joins or leaves only under an agreed "
							+ "PARTY_CHANGE adaptation",
					List.of(new FieldProblem("partyChangeAdaptationId",
							"Name an agreed or implemented adaptation of category PARTY_CHANGE")));
		}
	}

	private static List<Dimension> changedDimensions(Map<Dimension, Integer> before, Map<Dimension, Integer> after) {
		List<Dimension> changed = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			if (!Objects.equals(before.get(dimension), after.get(dimension))) {
				changed.add(dimension);
			}
		}
		return changed;
	}

	/**
	 * A departure from the recommendation, or any choice after a LOW-confidence one,
	 * needs a justification as long as the rule set that recommended says, or longer.
	 */
	private static List<FieldProblem> aDepartureOrALowConfidenceChoiceIsJustified(ChoosePartnershipModelRequest request,
			Recommendation recommendation, boolean departs) {
		String justification = request.departureJustification();
		int minimum = RuleSets.byVersion(recommendation.ruleSetVersion())
			.orElseGet(RuleSets::current)
			.minimumJustificationLength();
		boolean justified = justification != null && justification.length() >= minimum;
		if (departs && !justified) {
			return List.of(new FieldProblem("departureJustification",
					"Choosing " + request.chosenModel() + " instead of the recommended " + recommendation.model()
							+ " needs a justification of at least " + minimum + " characters"));
		}
		if (recommendation.confidence() == Confidence.LOW && !justified) {
			return List.of(new FieldProblem("departureJustification",
					"The recommendation has LOW confidence, so justify the choice in at least " + minimum
							+ " characters"));
		}
		return List.of();
	}

	private static List<FieldProblem> aDepartureGivesAReason(ChoosePartnershipModelRequest request, boolean departs) {
		if (departs && request.departureReasonCodes().isEmpty()) {
			return List.of(new FieldProblem("departureReasonCodes",
					"Give at least one reason code for departing from the recommendation"));
		}
		return List.of();
	}

	/**
	 * The payment mechanism goes with the model, and a social impact bond has an investor
	 * among the parties.
	 */
	private static List<FieldProblem> theMechanismFitsTheModel(PartnershipState state,
			ChoosePartnershipModelRequest request) {
		PaymentMechanism mechanism = request.paymentMechanism();
		if (!mechanism.isCompatibleWith(request.chosenModel())) {
			return List.of(new FieldProblem("paymentMechanism", mechanism + " does not go with " + request.chosenModel()
					+ "; alignment without a contract allows only NONE or POOLED_OR_ALIGNED_BUDGET"));
		}
		if (mechanism == PaymentMechanism.SOCIAL_IMPACT_BOND
				&& state.parties().values().stream().noneMatch((party) -> party.holds(PartyRole.INVESTOR))) {
			return List.of(new FieldProblem("paymentMechanism",
					"A social impact bond needs a party with the INVESTOR role; add the investor first"));
		}
		return List.of();
	}

}
