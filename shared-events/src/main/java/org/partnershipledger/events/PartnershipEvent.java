package org.partnershipledger.events;

import java.time.Instant;

/**
 * Every event in a partnership's life. The closed set of events is visible here; each
 * one's stable wire name and schema revision are in {@link EventTypes}.
 */
public sealed interface PartnershipEvent
		permits PartnershipRegistered, PartyJoined, PartyLeft, ServiceCharacteristicsAssessed, PartnershipModelChosen,
		ContractConcluded, AlignmentInstrumentAdopted, SharedVisionAgreed, GuidingPrinciplesAgreed,
		GovernanceArrangementsAgreed, OutcomeMeasureDefined, OutcomeMeasureRevised, AdaptationProposed,
		AdaptationAssessed, AdaptationAgreed, AdaptationRejected, AdaptationWithdrawn, AdaptationImplemented,
		AdaptationEffectEvaluated, ProviderIterationStarted, ProviderIterationConcluded, ProviderIterationRecorded,
		ReviewPointScheduled, ReviewPointRescheduled, ReviewPointHeld, ReviewMinutesConfirmed, ReviewPointMissed,
		OutcomeReported, OutcomeReportVerified, OutcomeReportQueried, OutcomeReportCorrected, PaymentScheduled,
		PaymentMade, PaymentAdjusted, DisputeRaised, DisputeEscalated, DisputeResolved, ContractVaried,
		ContractExtended, ContractTerminated, AlignmentInstrumentEnded, PartnershipClosed, TransparencyNoticeRecorded,
		AuditFindingRaised, AuditFindingResponded, PartnershipModelTransitioned, JointDecisionProposed,
		JointDecisionConfirmed, JointDecisionDeclined {

	/** The partnership (aggregate and event stream) this event belongs to. */
	String partnershipId();

	/**
	 * When it happened in business terms; may be back-dated, never after it was recorded.
	 */
	Instant occurredAt();

}
