package org.partnershipledger.query.timeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationAssessed;
import org.partnershipledger.events.AdaptationEffectEvaluated;
import org.partnershipledger.events.AdaptationImplemented;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.AdaptationWithdrawn;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.JointDecisionConfirmed;
import org.partnershipledger.events.JointDecisionDeclined;
import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.OutcomeMeasureRevised;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.ProviderIterationConcluded;
import org.partnershipledger.events.ProviderIterationRecorded;
import org.partnershipledger.events.ProviderIterationStarted;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.query.web.PartyNames;

/**
 * Plain-English lines for the events of a partnership's relational life: contract or
 * instrument, vision, principles, governance, measures, adaptations and iterations.
 */
final class RelationalEventSummaries {

	private final SummaryNames names;

	RelationalEventSummaries(SummaryNames names) {
		this.names = names;
	}

	/** The line for the event, or {@code null} if it is not one of these. */
	String summarise(PartnershipEvent event) {
		String joint = jointDecision(event);
		if (joint != null) {
			return joint;
		}
		if (event instanceof PartyLeft left) {
			return name(left.partyId()) + " left the partnership: " + left.reason()
					+ under(left.partyChangeAdaptationId()) + lapsed(left.lapsedJointDecisionIds());
		}
		if (event instanceof ContractConcluded contract) {
			return "Concluded the contract (signed " + contract.dateSigned() + ", " + contract.period().startDate()
					+ " to " + contract.period().endDate() + ", " + money(contract.value()) + ") with "
					+ names(contract.supplierPartyIds()) + "; the partnership is active";
		}
		if (event instanceof AlignmentInstrumentAdopted adopted) {
			return "Adopted " + article(words(adopted.instrumentType().name())) + " signed by "
					+ names(adopted.signatoryPartyIds()) + ", effective from " + adopted.effectiveFrom()
					+ (adopted.legallyBinding() ? ", legally binding" : ", not legally binding")
					+ "; the partnership is active";
		}
		if (event instanceof SharedVisionAgreed vision) {
			return "Agreed version " + vision.version() + " of the shared vision (agreed by "
					+ names(vision.agreedByPartyIds()) + ")";
		}
		if (event instanceof GuidingPrinciplesAgreed principles) {
			return "Agreed version " + principles.version() + " of the guiding principles: "
					+ principles.principles()
						.stream()
						.map((principle) -> words(principle.code().name()))
						.collect(Collectors.joining(", "))
					+ " (agreed by " + names(principles.agreedByPartyIds()) + ")";
		}
		if (event instanceof GovernanceArrangementsAgreed governance) {
			return "Agreed version " + governance.version() + " of the governance arrangements: "
					+ governance.bodies().size() + ((governance.bodies().size() == 1) ? " body" : " bodies") + ", "
					+ governance.delegations().size()
					+ ((governance.delegations().size() == 1) ? " delegation" : " delegations") + " (agreed by "
					+ names(governance.agreedByPartyIds()) + ")";
		}
		if (event instanceof OutcomeMeasureDefined measure) {
			return "Defined the " + words(measure.kind().name()) + " measure \u201c" + measure.name() + "\u201d"
					+ (measure.paymentLinked() ? ", linked to payment" : "");
		}
		if (event instanceof OutcomeMeasureRevised measure) {
			return "Revised the measure \u201c" + measure.name() + "\u201d: " + measure.reason()
					+ under(measure.adaptationId());
		}
		return adaptationOrIteration(event);
	}

	private String adaptationOrIteration(PartnershipEvent event) {
		if (event instanceof AdaptationProposed proposed) {
			return name(proposed.proposedByPartyId()) + " proposed " + (proposed.urgent() ? "an urgent " : "a ")
					+ words(proposed.category().name()) + " (" + words(proposed.formality().name()) + "): \u201c"
					+ proposed.title() + "\u201d";
		}
		if (event instanceof AdaptationAssessed assessed) {
			return "Assessed " + adaptation(assessed.adaptationId()) + ": ground "
					+ words(assessed.legalGround().name()) + ", " + words(assessed.substantialModificationRisk().name())
					+ " risk of a substantial modification, cumulative value change "
					+ percent(assessed.cumulativeValueChangePct()) + ", term change "
					+ percent(assessed.cumulativeTermChangePct())
					+ (assessed.contractChangeNoticeRequired() ? "; a contract change notice is required" : "");
		}
		if (event instanceof AdaptationAgreed agreed) {
			return "Agreed " + adaptation(agreed.adaptationId()) + " by " + this.names.body(agreed.decidedByBodyId())
					+ " (governance version " + agreed.delegationVersion() + "), approved by "
					+ names(agreed.approvals().stream().map((approval) -> approval.partyId()).toList());
		}
		if (event instanceof AdaptationRejected rejected) {
			return "Rejected " + adaptation(rejected.adaptationId()) + ": " + rejected.reason();
		}
		if (event instanceof AdaptationWithdrawn withdrawn) {
			return "Withdrew " + adaptation(withdrawn.adaptationId()) + ": " + withdrawn.reason();
		}
		if (event instanceof AdaptationImplemented implemented) {
			return "Implemented " + adaptation(implemented.adaptationId()) + " on " + implemented.implementedOn();
		}
		if (event instanceof AdaptationEffectEvaluated evaluated) {
			return "Evaluated the effect of " + adaptation(evaluated.adaptationId()) + ": "
					+ words(evaluated.effect().name());
		}
		if (event instanceof ProviderIterationStarted started) {
			return name(started.providerPartyId()) + " started the iteration \u201c" + started.title() + "\u201d ("
					+ started.startedOn() + " to " + started.plannedEndOn() + ")" + (started.withinAgreedFlexibility()
							? ", within the agreed flexibility" : ", under " + adaptation(started.adaptationId()));
		}
		if (event instanceof ProviderIterationConcluded concluded) {
			return "Concluded " + this.names.iteration(concluded.iterationId()) + ": hypothesis "
					+ words(concluded.result().name()) + ", decided to " + words(concluded.decision().name())
					+ followUp(concluded.followUpAdaptationId());
		}
		if (event instanceof ProviderIterationRecorded recorded) {
			return name(recorded.providerPartyId()) + " recorded the finished iteration \u201c" + recorded.title()
					+ "\u201d: hypothesis " + words(recorded.result().name()) + ", decided to "
					+ words(recorded.decision().name()) + followUp(recorded.followUpAdaptationId());
		}
		return null;
	}

	private String jointDecision(PartnershipEvent event) {
		if (event instanceof JointDecisionProposed proposed) {
			List<String> others = proposed.bindsPartyIds()
				.stream()
				.filter((partyId) -> !partyId.equals(proposed.proposedByPartyId()))
				.toList();
			return "Proposed " + proposal(proposed.proposal()) + " (joint decision " + proposed.jointDecisionId()
					+ "); in force once confirmed by " + names(others);
		}
		if (event instanceof JointDecisionConfirmed confirmed) {
			return "Confirmed joint decision " + confirmed.jointDecisionId() + " for " + name(confirmed.partyId())
					+ ((confirmed.comment() != null) ? ": " + confirmed.comment() : "");
		}
		if (event instanceof JointDecisionDeclined declined) {
			return "Declined joint decision " + declined.jointDecisionId() + " for " + name(declined.partyId())
					+ ", so it lapsed: " + declined.reason();
		}
		return null;
	}

	/** The joint decisions a party's leaving lapsed, if any. */
	private static String lapsed(List<String> jointDecisionIds) {
		if (jointDecisionIds.isEmpty()) {
			return "";
		}
		return "; " + ((jointDecisionIds.size() == 1) ? "joint decision " : "joint decisions ")
				+ PartyNames.inWords(jointDecisionIds) + ", which bound it, lapsed unconfirmed";
	}

	private String proposal(PartnershipEvent decision) {
		if (decision instanceof SharedVisionAgreed vision) {
			return "version " + vision.version() + " of the shared vision";
		}
		if (decision instanceof GuidingPrinciplesAgreed principles) {
			return "version " + principles.version() + " of the guiding principles";
		}
		if (decision instanceof GovernanceArrangementsAgreed governance) {
			return "version " + governance.version() + " of the governance arrangements";
		}
		if (decision instanceof AlignmentInstrumentAdopted adopted) {
			return article(words(adopted.instrumentType().name())) + " as the alignment instrument";
		}
		if (decision instanceof AdaptationAgreed agreed) {
			return "that " + this.names.body(agreed.decidedByBodyId()) + " agrees " + adaptation(agreed.adaptationId());
		}
		DisputeResolved resolved = (DisputeResolved) decision;
		return "a resolution of " + this.names.dispute(resolved.disputeId()) + ": " + resolved.resolution();
	}

	private String name(String partyId) {
		return this.names.party(partyId);
	}

	private String adaptation(String adaptationId) {
		return this.names.adaptation(adaptationId);
	}

	private String names(List<String> partyIds) {
		if (partyIds == null || partyIds.isEmpty()) {
			return "no party";
		}
		List<String> named = partyIds.stream().map(this::name).toList();
		return PartyNames.inWords(named);
	}

	private String under(String adaptationId) {
		return (adaptationId != null) ? " (under " + adaptation(adaptationId) + ")" : "";
	}

	private String followUp(String adaptationId) {
		return (adaptationId != null) ? ", followed up by " + adaptation(adaptationId) : "";
	}

	private static String money(Money money) {
		return (money == null) ? "no value stated" : money.currency() + " " + money.amount().toPlainString();
	}

	private static String percent(BigDecimal value) {
		return (value == null) ? "unknown" : value.stripTrailingZeros().toPlainString() + "%";
	}

	private static String article(String phrase) {
		return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
	}

	private static String words(String code) {
		return code.replace('_', ' ').toLowerCase(Locale.ROOT);
	}

}
