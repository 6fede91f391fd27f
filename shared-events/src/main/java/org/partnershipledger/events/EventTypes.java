package org.partnershipledger.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stable wire names of the events. A Java class may be renamed or moved; its wire
 * name here never changes.
 */
public final class EventTypes {

	private static final Map<String, Class<? extends PartnershipEvent>> BY_NAME = new LinkedHashMap<>();

	static {
		register("PartnershipRegistered", PartnershipRegistered.class);
		register("PartyJoined", PartyJoined.class);
		register("ServiceCharacteristicsAssessed", ServiceCharacteristicsAssessed.class);
		register("PartnershipModelChosen", PartnershipModelChosen.class);
		register("PartnershipModelTransitioned", PartnershipModelTransitioned.class);
		register("PartyLeft", PartyLeft.class);
		register("ContractConcluded", ContractConcluded.class);
		register("AlignmentInstrumentAdopted", AlignmentInstrumentAdopted.class);
		register("SharedVisionAgreed", SharedVisionAgreed.class);
		register("GuidingPrinciplesAgreed", GuidingPrinciplesAgreed.class);
		register("GovernanceArrangementsAgreed", GovernanceArrangementsAgreed.class);
		register("OutcomeMeasureDefined", OutcomeMeasureDefined.class);
		register("OutcomeMeasureRevised", OutcomeMeasureRevised.class);
		register("AdaptationProposed", AdaptationProposed.class);
		register("AdaptationAssessed", AdaptationAssessed.class);
		register("AdaptationAgreed", AdaptationAgreed.class);
		register("AdaptationRejected", AdaptationRejected.class);
		register("AdaptationWithdrawn", AdaptationWithdrawn.class);
		register("AdaptationImplemented", AdaptationImplemented.class);
		register("AdaptationEffectEvaluated", AdaptationEffectEvaluated.class);
		register("ProviderIterationStarted", ProviderIterationStarted.class);
		register("ProviderIterationConcluded", ProviderIterationConcluded.class);
		register("ProviderIterationRecorded", ProviderIterationRecorded.class);
		register("ReviewPointScheduled", ReviewPointScheduled.class);
		register("ReviewPointRescheduled", ReviewPointRescheduled.class);
		register("ReviewPointHeld", ReviewPointHeld.class);
		register("ReviewMinutesConfirmed", ReviewMinutesConfirmed.class);
		register("ReviewPointMissed", ReviewPointMissed.class);
		register("OutcomeReported", OutcomeReported.class);
		register("OutcomeReportVerified", OutcomeReportVerified.class);
		register("OutcomeReportQueried", OutcomeReportQueried.class);
		register("OutcomeReportCorrected", OutcomeReportCorrected.class);
		register("PaymentScheduled", PaymentScheduled.class);
		register("PaymentMade", PaymentMade.class);
		register("PaymentAdjusted", PaymentAdjusted.class);
		register("DisputeRaised", DisputeRaised.class);
		register("DisputeEscalated", DisputeEscalated.class);
		register("DisputeResolved", DisputeResolved.class);
		register("ContractVaried", ContractVaried.class);
		register("ContractExtended", ContractExtended.class);
		register("ContractTerminated", ContractTerminated.class);
		register("AlignmentInstrumentEnded", AlignmentInstrumentEnded.class);
		register("PartnershipClosed", PartnershipClosed.class);
		register("TransparencyNoticeRecorded", TransparencyNoticeRecorded.class);
		register("AuditFindingRaised", AuditFindingRaised.class);
		register("AuditFindingResponded", AuditFindingResponded.class);
		register("JointDecisionProposed", JointDecisionProposed.class);
		register("JointDecisionConfirmed", JointDecisionConfirmed.class);
		register("JointDecisionDeclined", JointDecisionDeclined.class);
	}

	private EventTypes() {
	}

	private static void register(String name, Class<? extends PartnershipEvent> type) {
		BY_NAME.put(name, type);
	}

	/** Every wire name, in the order of the catalogue. */
	public static Set<String> names() {
		return BY_NAME.keySet();
	}

	/** The wire name of an event class. */
	public static String nameOf(Class<?> type) {
		return BY_NAME.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(type))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a registered event type: " + type.getName()));
	}

	/**
	 * The wire name of an event class given by its Java name, as the event store keeps
	 * it, if it is one.
	 */
	public static Optional<String> nameOfClassName(String className) {
		return BY_NAME.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().getName().equals(className))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** The event class of a wire name, if it is one. */
	public static Optional<Class<? extends PartnershipEvent>> classOf(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	/** The schema revision of an event class, from its {@link SchemaRevision}. */
	public static String revisionOf(Class<?> type) {
		SchemaRevision revision = type.getAnnotation(SchemaRevision.class);
		if (revision == null) {
			throw new IllegalStateException(type.getName() + " has no @SchemaRevision");
		}
		return revision.value();
	}

}
