package org.partnershipledger.command.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.api.AddPartyRequest;
import org.partnershipledger.events.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.events.api.ChoosePartnershipModelRequest;
import org.partnershipledger.events.api.FieldProblem;
import org.partnershipledger.events.api.RegisterPartnershipRequest;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RuleSet;
import org.partnershipledger.events.identity.Identity;
import org.partnershipledger.events.identity.UserRole;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;

/**
 * One partnership: its whole life is one event stream. Command handlers only check the
 * rules and apply events; state changes only in the event sourcing handlers. The fields
 * are visible to Jackson so that snapshots hold the whole state.
 */
@Aggregate(snapshotTriggerDefinition = "partnershipSnapshotTrigger", cache = "partnershipCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Partnership {

	/**
	 * The shortest justification the framework accepts for a departure or a LOW choice.
	 */
	public static final int MIN_JUSTIFICATION_LENGTH = 50;

	@AggregateIdentifier
	private String partnershipId;

	private PartnershipStatus status;

	private Map<String, Party> parties = new LinkedHashMap<>();

	private LatestAssessment latestAssessment;

	private PartnershipModel chosenModel;

	private PaymentMechanism paymentMechanism;

	protected Partnership() {
		// for Axon and Jackson
	}

	@CommandHandler
	public Partnership(RegisterPartnership command) {
		Identity identity = command.identity();
		if (identity.role() != UserRole.COMMISSIONER) {
			throw PartnershipRejection.forbidden("Only a commissioner can register a partnership");
		}
		Organisation organisation = identity.organisation();
		PartyRef commissioningParty = new PartyRef(command.commissioningPartyId(), organisation.name(),
				organisation.identifier());
		RegisterPartnershipRequest request = command.request();
		apply(new PartnershipRegistered(command.partnershipId(), request.title(), request.description(),
				request.serviceArea(), commissioningParty, request.legalRegime(), request.plannedPeriod(),
				request.estimatedValue(), request.predecessorPartnershipId(), request.ocid(), command.occurredAt()),
				EventMetaData.of(identity, commissioningParty.partyId(), request.authority()));
	}

	@CommandHandler
	public long handle(AddParty command) {
		Party acting = commissioningPartyOf(command.identity());
		AddPartyRequest request = command.request();
		this.parties.values()
			.stream()
			.filter((party) -> party.identifier().equals(request.identifier()))
			.findFirst()
			.ifPresent((party) -> {
				throw PartnershipRejection
					.conflict(party.name() + " (" + party.identifier() + ") is already a party to this partnership");
			});
		apply(new PartyJoined(this.partnershipId, command.partyId(),
				new Organisation(request.name(), request.identifier()), request.roles(), request.basis(),
				request.reason(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public AssessmentRecorded handle(AssessServiceCharacteristics command, RuleSet ruleSet) {
		Party acting = commissioningPartyOf(command.identity());
		AssessServiceCharacteristicsRequest request = command.request();
		List<String> unknownCoAssessors = request.coAssessorPartyIds()
			.stream()
			.filter((partyId) -> !this.parties.containsKey(partyId))
			.toList();
		if (!unknownCoAssessors.isEmpty()) {
			throw PartnershipRejection.unprocessable("A co-assessor is not a party to this partnership",
					List.of(new FieldProblem("coAssessorPartyIds",
							"Name only parties of this partnership as co-assessors; not parties: "
									+ String.join(", ", unknownCoAssessors))));
		}
		Map<Dimension, Integer> scores = request.scoreValues();
		Recommendation recommendation = ruleSet.recommend(request.moneyChangesHands(), scores);
		LatestAssessment previous = this.latestAssessment;
		boolean reassessment = previous != null;
		List<Dimension> changed = reassessment ? changedDimensions(previous.scores(), scores) : List.of();
		boolean recommendationChanged = reassessment && previous.recommendation().model() != recommendation.model();
		boolean diverges = this.chosenModel != null && this.chosenModel != recommendation.model();
		apply(new ServiceCharacteristicsAssessed(this.partnershipId, command.assessmentId(), request.trigger(),
				request.moneyChangesHands(), request.outcomeMetricsAvailable(), request.scores(),
				request.coAssessorPartyIds(), recommendation, reassessment ? previous.assessmentId() : null, changed,
				recommendationChanged, this.chosenModel, diverges, command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return new AssessmentRecorded(version(), recommendation);
	}

	@CommandHandler
	public ModelChoiceRecorded handle(ChoosePartnershipModel command) {
		Party acting = commissioningPartyOf(command.identity());
		if (this.latestAssessment == null) {
			throw PartnershipRejection.conflict("Assess the service before choosing a partnership model");
		}
		ChoosePartnershipModelRequest request = command.request();
		if (!this.latestAssessment.assessmentId().equals(request.basedOnAssessmentId())) {
			throw PartnershipRejection.unprocessable("The choice is not based on the latest assessment",
					List.of(new FieldProblem("basedOnAssessmentId", "Base the choice on the latest assessment, "
							+ this.latestAssessment.assessmentId() + ", and check its recommendation")));
		}
		Recommendation recommendation = this.latestAssessment.recommendation();
		boolean departs = request.chosenModel() != recommendation.model();
		List<FieldProblem> problems = choiceProblems(request, recommendation, departs);
		if (!problems.isEmpty()) {
			throw PartnershipRejection.unprocessable("The model choice breaks a rule of the framework", problems);
		}
		apply(new PartnershipModelChosen(this.partnershipId, command.decisionId(), request.chosenModel(),
				request.paymentMechanism(), request.basedOnAssessmentId(), recommendation.model(),
				recommendation.confidence(), departs, request.departureJustification(), request.departureReasonCodes(),
				this.chosenModel, command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return new ModelChoiceRecorded(version(), departs);
	}

	private List<FieldProblem> choiceProblems(ChoosePartnershipModelRequest request, Recommendation recommendation,
			boolean departs) {
		List<FieldProblem> problems = new ArrayList<>();
		String justification = request.departureJustification();
		boolean justified = justification != null && justification.length() >= MIN_JUSTIFICATION_LENGTH;
		if (departs && !justified) {
			problems.add(new FieldProblem("departureJustification",
					"Choosing " + request.chosenModel() + " instead of the recommended " + recommendation.model()
							+ " needs a justification of at least " + MIN_JUSTIFICATION_LENGTH + " characters"));
		}
		else if (recommendation.confidence() == Confidence.LOW && !justified) {
			problems.add(new FieldProblem("departureJustification",
					"The recommendation has LOW confidence, so justify the choice in at least "
							+ MIN_JUSTIFICATION_LENGTH + " characters"));
		}
		if (departs && request.departureReasonCodes().isEmpty()) {
			problems.add(new FieldProblem("departureReasonCodes",
					"Give at least one reason code for departing from the recommendation"));
		}
		PaymentMechanism mechanism = request.paymentMechanism();
		if (!mechanism.isCompatibleWith(request.chosenModel())) {
			problems.add(new FieldProblem("paymentMechanism", mechanism + " does not go with " + request.chosenModel()
					+ "; alignment without a contract allows only NONE or POOLED_OR_ALIGNED_BUDGET"));
		}
		else if (mechanism == PaymentMechanism.SOCIAL_IMPACT_BOND
				&& this.parties.values().stream().noneMatch((party) -> party.holds(PartyRole.INVESTOR))) {
			problems.add(new FieldProblem("paymentMechanism",
					"A social impact bond needs a party with the INVESTOR role; add the investor first"));
		}
		return problems;
	}

	/**
	 * The party the person acts for, if they may act as its commissioner. Someone who is
	 * not a party (and not an auditor) learns nothing, not even that the partnership
	 * exists.
	 */
	private Party commissioningPartyOf(Identity identity) {
		if (identity.role() == UserRole.ADMIN) {
			throw PartnershipRejection.forbidden("An administrator acts on no partnership");
		}
		Party party = partyOf(identity);
		if (party == null && identity.role() != UserRole.AUDITOR) {
			throw PartnershipRejection.notFound(this.partnershipId);
		}
		if (identity.role() != UserRole.COMMISSIONER) {
			throw PartnershipRejection
				.forbidden("Only a commissioner of a commissioning party can do this; you are " + identity.role());
		}
		if (!party.holds(PartyRole.COMMISSIONER)) {
			throw PartnershipRejection.forbidden(party.name() + " is not a commissioning party of this partnership");
		}
		return party;
	}

	private Party partyOf(Identity identity) {
		if (identity.organisation() == null) {
			return null;
		}
		return this.parties.values()
			.stream()
			.filter((party) -> party.identifier().equals(identity.organisation().identifier()))
			.findFirst()
			.orElse(null);
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

	private static long version() {
		return AggregateLifecycle.getVersion();
	}

	@EventSourcingHandler
	void on(PartnershipRegistered event) {
		this.partnershipId = event.partnershipId();
		this.status = PartnershipStatus.REGISTERED;
		PartyRef party = event.commissioningParty();
		this.parties.put(party.partyId(),
				new Party(party.partyId(), party.name(), party.identifier(), List.of(PartyRole.COMMISSIONER)));
	}

	@EventSourcingHandler
	void on(PartyJoined event) {
		this.parties.put(event.partyId(),
				new Party(event.partyId(), event.party().name(), event.party().identifier(), event.roles()));
	}

	@EventSourcingHandler
	void on(ServiceCharacteristicsAssessed event) {
		Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
		for (Map.Entry<Dimension, DimensionScore> entry : event.scores().entrySet()) {
			scores.put(entry.getKey(), entry.getValue().score());
		}
		this.latestAssessment = new LatestAssessment(event.assessmentId(), scores, event.recommendation());
		if (this.status == PartnershipStatus.REGISTERED) {
			this.status = PartnershipStatus.ASSESSED;
		}
	}

	@EventSourcingHandler
	void on(PartnershipModelChosen event) {
		this.chosenModel = event.chosenModel();
		this.paymentMechanism = event.paymentMechanism();
		this.status = PartnershipStatus.MODEL_CHOSEN;
	}

	String partnershipId() {
		return this.partnershipId;
	}

	PartnershipStatus status() {
		return this.status;
	}

	Map<String, Party> parties() {
		return Map.copyOf(this.parties);
	}

	LatestAssessment latestAssessment() {
		return this.latestAssessment;
	}

	PartnershipModel chosenModel() {
		return this.chosenModel;
	}

	PaymentMechanism paymentMechanism() {
		return this.paymentMechanism;
	}

}
