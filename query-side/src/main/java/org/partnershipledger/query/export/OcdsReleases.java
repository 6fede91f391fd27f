package org.partnershipledger.query.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationAssessed;
import org.partnershipledger.events.AdaptationEffectEvaluated;
import org.partnershipledger.events.AdaptationImplemented;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.AdaptationWithdrawn;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.AlignmentInstrumentEnded;
import org.partnershipledger.events.AuditFindingRaised;
import org.partnershipledger.events.AuditFindingResponded;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.ContractExtended;
import org.partnershipledger.events.ContractTerminated;
import org.partnershipledger.events.ContractVaried;
import org.partnershipledger.events.DisputeEscalated;
import org.partnershipledger.events.DisputeRaised;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.JointDecisionConfirmed;
import org.partnershipledger.events.JointDecisionDeclined;
import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.OutcomeMeasureRevised;
import org.partnershipledger.events.OutcomeReportCorrected;
import org.partnershipledger.events.OutcomeReportQueried;
import org.partnershipledger.events.OutcomeReportVerified;
import org.partnershipledger.events.OutcomeReported;
import org.partnershipledger.events.PartnershipClosed;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipModelTransitioned;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.PaymentAdjusted;
import org.partnershipledger.events.PaymentMade;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.ProviderIterationConcluded;
import org.partnershipledger.events.ProviderIterationRecorded;
import org.partnershipledger.events.ProviderIterationStarted;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointRescheduled;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.TransparencyNoticeRecorded;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.export.Ocds.Amendment;
import org.partnershipledger.query.export.Ocds.Award;
import org.partnershipledger.query.export.Ocds.Budget;
import org.partnershipledger.query.export.Ocds.Contract;
import org.partnershipledger.query.export.Ocds.Identifier;
import org.partnershipledger.query.export.Ocds.Implementation;
import org.partnershipledger.query.export.Ocds.Milestone;
import org.partnershipledger.query.export.Ocds.OrganizationReference;
import org.partnershipledger.query.export.Ocds.Party;
import org.partnershipledger.query.export.Ocds.Period;
import org.partnershipledger.query.export.Ocds.Planning;
import org.partnershipledger.query.export.Ocds.Release;
import org.partnershipledger.query.export.Ocds.Tender;
import org.partnershipledger.query.export.Ocds.Transaction;

/**
 * Folds one partnership's events, in sequence order, into OCDS releases: one release per
 * event that changes what OCDS publishes, each carrying the whole picture at that point.
 * A formal variation or an extension is a {@code contractAmendment} with an amendment
 * that points at the release it amends; a clerical correction is a
 * {@code contractUpdate}; reviews become milestones and payments transactions.
 */
final class OcdsReleases {

	private final String ocidPrefix;

	private final List<Release> releases = new ArrayList<>();

	private final Map<String, Party> parties = new LinkedHashMap<>();

	private final Map<String, Milestone> milestones = new LinkedHashMap<>();

	private final List<Transaction> transactions = new ArrayList<>();

	private final List<Amendment> amendments = new ArrayList<>();

	private final Map<String, Money> payments = new LinkedHashMap<>();

	/** The payee of each scheduled payment, by payment id. */
	private final Map<String, String> payees = new LinkedHashMap<>();

	/** The provider of each outcome report, by report id. */
	private final Map<String, String> reporters = new LinkedHashMap<>();

	private String ocid;

	private PartnershipRegistered registration;

	private OrganizationReference buyer;

	private ContractConcluded contract;

	private Money contractValue;

	private LocalDate contractEnd;

	private String contractStatus;

	private OcdsReleases(String ocidPrefix) {
		this.ocidPrefix = ocidPrefix;
	}

	/**
	 * The events OCDS has no place for: the relational life, test-and-learn, outcome
	 * reports before payment, disputes and accountability stay in the ledger's own
	 * history. Every other event changes a release; one in neither is refused, so that a
	 * new event type is decided for here before it reaches an export.
	 */
	static final Set<Class<? extends PartnershipEvent>> UNPUBLISHED = Set.of(AlignmentInstrumentAdopted.class,
			AlignmentInstrumentEnded.class, PartnershipClosed.class, ServiceCharacteristicsAssessed.class,
			PartnershipModelChosen.class, PartnershipModelTransitioned.class, SharedVisionAgreed.class,
			GuidingPrinciplesAgreed.class, GovernanceArrangementsAgreed.class, OutcomeMeasureDefined.class,
			OutcomeMeasureRevised.class, AdaptationProposed.class, AdaptationAssessed.class, AdaptationAgreed.class,
			AdaptationRejected.class, AdaptationWithdrawn.class, AdaptationImplemented.class,
			AdaptationEffectEvaluated.class, ProviderIterationStarted.class, ProviderIterationConcluded.class,
			ProviderIterationRecorded.class, ReviewMinutesConfirmed.class, OutcomeReported.class,
			OutcomeReportVerified.class, OutcomeReportQueried.class, OutcomeReportCorrected.class,
			PaymentScheduled.class, DisputeRaised.class, DisputeEscalated.class, DisputeResolved.class,
			TransparencyNoticeRecorded.class, AuditFindingRaised.class, AuditFindingResponded.class,
			JointDecisionProposed.class, JointDecisionConfirmed.class, JointDecisionDeclined.class);

	/** The releases of a partnership, oldest first. */
	static List<Release> of(List<EventEnvelope> envelopes, String ocidPrefix) {
		OcdsReleases fold = new OcdsReleases(ocidPrefix);
		envelopes.forEach(fold::apply);
		return List.copyOf(fold.releases);
	}

	private void apply(EventEnvelope envelope) {
		PartnershipEvent event = envelope.event();
		tags(event).ifPresent((tags) -> this.releases.add(release(envelope, tags)));
	}

	/**
	 * Applies the event and answers the release's tags when OCDS publishes the change.
	 */
	private Optional<List<String>> tags(PartnershipEvent event) {
		if (event instanceof OutcomeReported reported) {
			this.reporters.put(reported.reportId(), reported.providerPartyId());
			return Optional.empty();
		}
		if (event instanceof PaymentScheduled scheduled) {
			this.payees.put(scheduled.paymentId(), payeeOf(scheduled));
			return Optional.empty();
		}
		if (event instanceof PartnershipRegistered registered) {
			register(registered);
			return Optional.of(List.of("planning"));
		}
		if (event instanceof PartyJoined joined) {
			this.parties.put(joined.partyId(),
					new Party(joined.partyId(), joined.party().name(),
							new Identifier(joined.party().identifier().scheme(), joined.party().identifier().id()),
							joined.roles().stream().flatMap((role) -> ocdsRoles(role).stream()).distinct().toList()));
			return update();
		}
		if (event instanceof PartyLeft left) {
			this.parties.remove(left.partyId());
			return update();
		}
		if (event instanceof ContractConcluded concluded) {
			this.contract = concluded;
			this.contractValue = concluded.value();
			this.contractEnd = concluded.period().endDate();
			this.contractStatus = "active";
			return Optional.of(List.of("award", "contract"));
		}
		if (event instanceof ContractVaried varied) {
			return Optional.of(vary(varied));
		}
		if (event instanceof ContractExtended extended) {
			this.contractEnd = extended.newEndDate();
			amend(extended.occurredAt(), "Extended from " + extended.previousEndDate() + " to " + extended.newEndDate()
					+ ": " + extended.reason(), "Contract extended");
			return Optional.of(List.of("contractAmendment"));
		}
		if (event instanceof ContractTerminated terminated) {
			this.contractStatus = "terminated";
			this.contractEnd = terminated.terminationDate();
			return Optional.of(List.of("contractTermination"));
		}
		return implementation(event);
	}

	private Optional<List<String>> implementation(PartnershipEvent event) {
		if (event instanceof ReviewPointScheduled scheduled) {
			this.milestones.put(scheduled.reviewId(),
					new Milestone(scheduled.reviewId(), words(scheduled.type().name()), "assessment", "Review point",
							instant(scheduled.dueDate()), null, scheduled.occurredAt(), "scheduled"));
		}
		else if (event instanceof ReviewPointRescheduled rescheduled) {
			Milestone was = this.milestones.get(rescheduled.reviewId());
			this.milestones.put(rescheduled.reviewId(),
					new Milestone(was.id(), was.title(), was.type(), "Rescheduled: " + rescheduled.reason(),
							instant(rescheduled.newDueDate()), null, rescheduled.occurredAt(), "scheduled"));
		}
		else if (event instanceof ReviewPointHeld held) {
			Milestone was = this.milestones.get(held.reviewId());
			this.milestones.put(held.reviewId(), new Milestone(was.id(), was.title(), was.type(), was.description(),
					was.dueDate(), instant(held.heldOn()), held.occurredAt(), "met"));
		}
		else if (event instanceof ReviewPointMissed missed) {
			Milestone was = this.milestones.get(missed.reviewId());
			this.milestones.put(missed.reviewId(), new Milestone(was.id(), was.title(), was.type(),
					"Not held by its due date and grace period", was.dueDate(), null, missed.occurredAt(), "notMet"));
		}
		else if (event instanceof PaymentMade made) {
			this.payments.put(made.paymentId(), made.amount());
			this.transactions.add(new Transaction(made.paymentId(), null, instant(made.paidOn()),
					value(made.amount().amount(), made.amount()), this.buyer, payee(made.paymentId())));
		}
		else if (event instanceof PaymentAdjusted adjusted) {
			if (adjusted.kind() == PaymentAdjustmentKind.WITHHELD) {
				// nothing was paid or returned: no transaction
				return Optional.empty();
			}
			BigDecimal amount = (adjusted.kind() == PaymentAdjustmentKind.RELEASED) ? adjusted.amount().amount()
					: adjusted.amount().amount().negate();
			this.transactions.add(new Transaction(adjusted.adjustmentId(), null, adjusted.occurredAt(),
					value(amount, adjusted.amount()), this.buyer, payee(adjusted.paymentId())));
		}
		else if (UNPUBLISHED.contains(event.getClass())) {
			return Optional.empty();
		}
		else {
			throw new IllegalArgumentException("The OCDS export does not know event type " + event.getClass());
		}
		return Optional.of(List.of((this.contract != null) ? "implementationUpdate" : "planningUpdate"));
	}

	private void register(PartnershipRegistered registered) {
		this.registration = registered;
		this.ocid = (registered.ocid() != null && !registered.ocid().isBlank()) ? registered.ocid()
				: this.ocidPrefix + "-" + registered.partnershipId();
		this.buyer = new OrganizationReference(registered.commissioningParty().partyId(),
				registered.commissioningParty().name());
		this.parties.put(registered.commissioningParty().partyId(),
				new Party(registered.commissioningParty().partyId(), registered.commissioningParty().name(),
						new Identifier(registered.commissioningParty().identifier().scheme(),
								registered.commissioningParty().identifier().id()),
						List.of("buyer", "procuringEntity", "payer")));
	}

	private List<String> vary(ContractVaried varied) {
		this.contractValue = varied.valueAfter();
		this.contractEnd = varied.termEndAfter();
		if (varied.category() == AdaptationCategory.CORRECTION) {
			return List.of("contractUpdate");
		}
		amend(varied.occurredAt(),
				"Varied under " + words(varied.legalGround().name()) + " (adaptation " + varied.sourceAdaptationId()
						+ "): value " + varied.valueBefore().amount() + " to " + varied.valueAfter().amount()
						+ ", cumulative change " + varied.cumulativeValueChangePct() + "%",
				words(varied.category().name()));
		return List.of("contractAmendment");
	}

	/** Records an amendment of the latest release, by the release about to be added. */
	private void amend(Instant date, String description, String rationale) {
		String amends = this.releases.get(this.releases.size() - 1).id();
		this.amendments.add(new Amendment("amendment-" + (this.amendments.size() + 1), date, rationale, description,
				amends, releaseId(this.releases.size())));
	}

	private Optional<List<String>> update() {
		return Optional.of(List.of((this.contract != null) ? "contractUpdate" : "planningUpdate"));
	}

	private Release release(EventEnvelope envelope, List<String> tags) {
		Planning planning = new Planning(this.registration.description(),
				(this.registration.estimatedValue() != null)
						? new Budget("Estimated value",
								value(this.registration.estimatedValue().amount(), this.registration.estimatedValue()))
						: null,
				(this.contract == null) ? List.copyOf(this.milestones.values()) : List.of());
		Tender tender = new Tender(this.registration.partnershipId(), this.registration.title(),
				this.registration.description(), (this.contract != null) ? "complete" : "planning", null, null);
		return new Release(this.ocid, releaseId(this.releases.size()), envelope.recordedAt(), tags, "tender", "en",
				List.copyOf(this.parties.values()), this.buyer, planning, tender, awards(), contracts());
	}

	private List<Award> awards() {
		if (this.contract == null) {
			return List.of();
		}
		return List.of(new Award("award-" + this.contract.contractId(), this.registration.title(), "active",
				instant(this.contract.dateSigned()), value(this.contract.value().amount(), this.contract.value()),
				suppliers(), period(this.contract.period().endDate())));
	}

	private List<Contract> contracts() {
		if (this.contract == null) {
			return List.of();
		}
		return List.of(new Contract(this.contract.contractId(), "award-" + this.contract.contractId(),
				this.registration.title(), this.contractStatus, period(this.contractEnd),
				value(this.contractValue.amount(), this.contractValue), instant(this.contract.dateSigned()),
				List.copyOf(this.amendments),
				new Implementation(List.copyOf(this.transactions), List.copyOf(this.milestones.values()))));
	}

	private List<OrganizationReference> suppliers() {
		return this.contract.supplierPartyIds()
			.stream()
			.map((partyId) -> new OrganizationReference(partyId, partyName(partyId)))
			.toList();
	}

	/** Who the payment was made to, as scheduled; {@code null} when not known. */
	private OrganizationReference payee(String paymentId) {
		String partyId = this.payees.get(paymentId);
		return (partyId != null) ? new OrganizationReference(partyId, partyName(partyId)) : null;
	}

	/**
	 * The payee a payment was scheduled to; for one scheduled before payees were
	 * recorded, the one provider whose reports it pays for, or else the contract's only
	 * supplier.
	 */
	private String payeeOf(PaymentScheduled scheduled) {
		if (scheduled.payeePartyId() != null) {
			return scheduled.payeePartyId();
		}
		Set<String> reporting = new LinkedHashSet<>();
		scheduled.linkedReportIds().stream().map(this.reporters::get).filter(Objects::nonNull).forEach(reporting::add);
		if (reporting.size() == 1) {
			return reporting.iterator().next();
		}
		return (this.contract != null && this.contract.supplierPartyIds().size() == 1)
				? this.contract.supplierPartyIds().get(0) : null;
	}

	private String partyName(String partyId) {
		Party party = this.parties.get(partyId);
		return (party != null) ? party.name() : partyId;
	}

	private Period period(LocalDate end) {
		return new Period(instant(this.contract.period().startDate()), instant(end),
				instant(this.contract.period().maxExtent()));
	}

	private String releaseId(int index) {
		return this.ocid + "-" + (index + 1);
	}

	private static Ocds.Value value(BigDecimal amount, Money money) {
		return new Ocds.Value(amount, money.currency());
	}

	private static Instant instant(LocalDate date) {
		return (date != null) ? date.atStartOfDay().toInstant(ZoneOffset.UTC) : null;
	}

	/** OCDS party roles for a partnership role. */
	private static List<String> ocdsRoles(PartyRole role) {
		return switch (role) {
			case COMMISSIONER -> List.of("buyer", "procuringEntity", "payer");
			case LEAD_PROVIDER, DELIVERY_PARTNER -> List.of("supplier", "payee");
			case FUNDER, INVESTOR -> List.of("funder");
			case EVALUATOR -> List.of("reviewBody");
			case STATUTORY_PARTNER -> List.of("interestedParty");
		};
	}

	private static String words(String code) {
		String lower = code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

}
