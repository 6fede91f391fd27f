package org.partnershipledger.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.LifeStage;

/**
 * Every command, once: its path under the public API ({@code /api/v1}) and the command
 * side's internal API ({@code /internal/v1}), its request body, who may issue it and what
 * it is for. The web app forwards by it, builds its pages' links and OpenAPI document
 * from it, and the command side dispatches by it; the partnership's rules still decide
 * whether a command is accepted.
 */
public enum CommandRoute {

	REGISTER_PARTNERSHIP("/partnerships", RegisterPartnershipRequest.class, CommandResource.PARTNERSHIP, true,
			LifeStage.ANY, Set.of(UserRole.COMMISSIONER),
			"Register a partnership (commissioner; your organisation becomes the commissioning party)"),

	ADD_PARTY("/partnerships/{partnershipId}/parties", AddPartyRequest.class, CommandResource.PARTY, true,
			LifeStage.UNTIL_CLOSED, Set.of(UserRole.COMMISSIONER), "Add a party (commissioner)"),

	ASSESS_SERVICE("/partnerships/{partnershipId}/assessments", AssessServiceCharacteristicsRequest.class,
			CommandResource.ASSESSMENT, true, LifeStage.UNTIL_CLOSED, Set.of(UserRole.COMMISSIONER),
			"Assess the service against the framework; the answer carries the recommendation"),

	CHOOSE_MODEL("/partnerships/{partnershipId}/model-choices", ChoosePartnershipModelRequest.class,
			CommandResource.MODEL_CHOICE, true, LifeStage.UNTIL_CLOSED, Set.of(UserRole.COMMISSIONER),
			"Choose the partnership model and payment mechanism, based on the latest assessment; on a live partnership the choice is a transition that keeps it live"),

	REMOVE_PARTY("/partnerships/{partnershipId}/parties/{partyId}/departure", RemovePartyRequest.class,
			CommandResource.PARTY, false, LifeStage.UNTIL_CLOSED, Set.of(UserRole.COMMISSIONER),
			"Record that a party left (commissioner; once active under a contract, name an agreed PARTY_CHANGE adaptation)"),

	CONCLUDE_CONTRACT("/partnerships/{partnershipId}/contract", ConcludeContractRequest.class, CommandResource.CONTRACT,
			true, LifeStage.MODEL_CHOSEN, Set.of(UserRole.COMMISSIONER),
			"Record the concluded contract; the partnership becomes ACTIVE (commissioner; not for an alignment partnership; a formal-relational one needs vision, principles and governance first; on a live partnership, a successor contract while a model transition waits for one)"),

	ADOPT_ALIGNMENT_INSTRUMENT("/partnerships/{partnershipId}/alignment-instrument",
			AdoptAlignmentInstrumentRequest.class, CommandResource.INSTRUMENT, true, LifeStage.MODEL_CHOSEN,
			Set.of(UserRole.COMMISSIONER),
			"Propose the alignment instrument; once every party but evaluators has confirmed it, it is adopted and the partnership becomes ACTIVE (joint decision proposed by the commissioner; alignment partnerships only; on a live partnership, while a move to alignment waits for it)"),

	AGREE_VISION("/partnerships/{partnershipId}/vision", AgreeSharedVisionRequest.class, CommandResource.VISION, false,
			LifeStage.AGREEING, Set.of(UserRole.COMMISSIONER),
			"Propose a new version of the shared vision (joint decision: in force once every party but evaluators has confirmed it)"),

	AGREE_PRINCIPLES("/partnerships/{partnershipId}/principles", AgreeGuidingPrinciplesRequest.class,
			CommandResource.PRINCIPLES, false, LifeStage.AGREEING, Set.of(UserRole.COMMISSIONER),
			"Propose a new version of the guiding principles (joint decision: in force once every party but evaluators has confirmed it)"),

	AGREE_GOVERNANCE("/partnerships/{partnershipId}/governance", AgreeGovernanceArrangementsRequest.class,
			CommandResource.GOVERNANCE, false, LifeStage.AGREEING, Set.of(UserRole.COMMISSIONER),
			"Propose a new version of the governance arrangements: bodies, delegations and the dispute ladder (joint decision: in force once every party but evaluators has confirmed it)"),

	DEFINE_MEASURE("/partnerships/{partnershipId}/outcome-measures", DefineOutcomeMeasureRequest.class,
			CommandResource.MEASURE, true, LifeStage.AGREEING, Set.of(UserRole.COMMISSIONER),
			"Define an outcome measure (commissioner; no payment link on an alignment partnership)"),

	REVISE_MEASURE("/partnerships/{partnershipId}/outcome-measures/{measureId}/revisions",
			ReviseOutcomeMeasureRequest.class, CommandResource.MEASURE, false, LifeStage.AGREEING,
			Set.of(UserRole.COMMISSIONER),
			"Revise an outcome measure (commissioner; once active, name an agreed OUTCOME_MEASURE_CHANGE adaptation)"),

	PROPOSE_ADAPTATION("/partnerships/{partnershipId}/adaptations", ProposeAdaptationRequest.class,
			CommandResource.ADAPTATION, true, LifeStage.ACTIVE, Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER),
			"Propose an adaptation (commissioner, or a provider for its own party; the partnership must be ACTIVE)"),

	ASSESS_ADAPTATION("/partnerships/{partnershipId}/adaptations/{adaptationId}/assessment",
			AssessAdaptationRequest.class, CommandResource.ADAPTATION, false, LifeStage.ACTIVE,
			Set.of(UserRole.COMMISSIONER),
			"Assess an adaptation: legal ground, substantial-modification risk, contract change notice (commissioner; the cumulative change is computed)"),

	AGREE_ADAPTATION("/partnerships/{partnershipId}/adaptations/{adaptationId}/agreement", AgreeAdaptationRequest.class,
			CommandResource.ADAPTATION, false, LifeStage.ACTIVE, Set.of(UserRole.COMMISSIONER),
			"Propose the agreement of an adaptation by a governance body (joint decision: in force once the commissioning party and every party whose obligations its category changes has confirmed it; 422 when beyond the body's delegation)"),

	REJECT_ADAPTATION("/partnerships/{partnershipId}/adaptations/{adaptationId}/rejection",
			RejectAdaptationRequest.class, CommandResource.ADAPTATION, false, LifeStage.ACTIVE,
			Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER),
			"Reject an adaptation (commissioner, or a provider whose obligations it changes)"),

	WITHDRAW_ADAPTATION("/partnerships/{partnershipId}/adaptations/{adaptationId}/withdrawal",
			WithdrawAdaptationRequest.class, CommandResource.ADAPTATION, false, LifeStage.ACTIVE,
			Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER), "Withdraw an adaptation (only the proposing party)"),

	IMPLEMENT_ADAPTATION("/partnerships/{partnershipId}/adaptations/{adaptationId}/implementation",
			ImplementAdaptationRequest.class, CommandResource.ADAPTATION, false, LifeStage.ACTIVE,
			Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER),
			"Record that an agreed adaptation was implemented (provider for service changes, commissioner for the others)"),

	EVALUATE_ADAPTATION("/partnerships/{partnershipId}/adaptations/{adaptationId}/evaluation",
			EvaluateAdaptationEffectRequest.class, CommandResource.ADAPTATION, false, LifeStage.ACTIVE,
			Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER), "Evaluate the effect of an implemented adaptation"),

	START_ITERATION("/partnerships/{partnershipId}/iterations", StartIterationRequest.class, CommandResource.ITERATION,
			true, LifeStage.ACTIVE, Set.of(UserRole.PROVIDER),
			"Start an iteration (a provider, for its own party; the hypothesis follows the template “We believe … will achieve …; we will know when …”)"),

	CONCLUDE_ITERATION("/partnerships/{partnershipId}/iterations/{iterationId}/conclusion",
			ConcludeIterationRequest.class, CommandResource.ITERATION, false, LifeStage.ACTIVE,
			Set.of(UserRole.PROVIDER),
			"Conclude an iteration: evidence, result, decision and what was learnt (its provider)"),

	RECORD_ITERATION("/partnerships/{partnershipId}/iterations/recorded", RecordIterationRequest.class,
			CommandResource.ITERATION, true, LifeStage.ACTIVE, Set.of(UserRole.PROVIDER),
			"Record a finished iteration in one step (a provider, for its own party)"),

	SCHEDULE_REVIEW("/partnerships/{partnershipId}/reviews", ScheduleReviewRequest.class, CommandResource.REVIEW, true,
			LifeStage.CHOSEN_UNTIL_CLOSED, Set.of(UserRole.COMMISSIONER),
			"Schedule a review point (commissioner): type, due date and grace in days (14 unless given); it counts as missed once the due date plus the grace has passed without it being held"),

	RESCHEDULE_REVIEW("/partnerships/{partnershipId}/reviews/{reviewId}/rescheduling", RescheduleReviewRequest.class,
			CommandResource.REVIEW, false, LifeStage.UNTIL_CLOSED, Set.of(UserRole.COMMISSIONER),
			"Move a scheduled review to a new due date, with the reason (commissioner)"),

	HOLD_REVIEW("/partnerships/{partnershipId}/reviews/{reviewId}/held", HoldReviewRequest.class,
			CommandResource.REVIEW, false, LifeStage.UNTIL_CLOSED, Set.of(UserRole.COMMISSIONER),
			"Record a held review: attendees, decisions, actions, performance rating and, optionally, each party's relational health ratings, scored by rule RHC-1 (commissioner)"),

	CONFIRM_MINUTES("/partnerships/{partnershipId}/reviews/{reviewId}/minutes-confirmation",
			ConfirmReviewMinutesRequest.class, CommandResource.REVIEW, false, LifeStage.UNTIL_CLOSED,
			Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER),
			"Confirm a held review's minutes for your own party, once, with any dissent (commissioner or provider)"),

	VARY_CONTRACT("/partnerships/{partnershipId}/contract-variations", VaryContractRequest.class,
			CommandResource.VARIATION, true, LifeStage.ACTIVE, Set.of(UserRole.COMMISSIONER),
			"Vary the contract under an agreed adaptation (commissioner): the value and term after, the legal ground and the contract change notice; the value and term before and every percentage change, this one and cumulative against the original contract, are computed"),

	EXTEND_CONTRACT("/partnerships/{partnershipId}/contract/extension", ExtendContractRequest.class,
			CommandResource.CONTRACT_TERMS, false, LifeStage.ACTIVE, Set.of(UserRole.COMMISSIONER),
			"Extend the contract within the extent its period allows (commissioner)"),

	TERMINATE_CONTRACT("/partnerships/{partnershipId}/contract/termination", TerminateContractRequest.class,
			CommandResource.CONTRACT_TERMS, false, LifeStage.ACTIVE, Set.of(UserRole.COMMISSIONER),
			"End the contract (expiry, early by agreement, for breach or for convenience); the partnership becomes EXITING (commissioner)"),

	END_ALIGNMENT_INSTRUMENT("/partnerships/{partnershipId}/alignment-instrument/ending",
			EndAlignmentInstrumentRequest.class, CommandResource.INSTRUMENT_TERMS, false, LifeStage.ACTIVE,
			Set.of(UserRole.COMMISSIONER),
			"End an alignment partnership's instrument; the partnership becomes EXITING (commissioner)"),

	CLOSE_PARTNERSHIP("/partnerships/{partnershipId}/closure", ClosePartnershipRequest.class,
			CommandResource.PARTNERSHIP, false, LifeStage.EXITING, Set.of(UserRole.COMMISSIONER),
			"Close an exiting partnership with a summary and its lessons; afterwards only audit and transparency events are accepted (commissioner)"),

	REPORT_OUTCOME("/partnerships/{partnershipId}/outcome-reports", ReportOutcomeRequest.class, CommandResource.REPORT,
			true, LifeStage.OPERATING, Set.of(UserRole.PROVIDER),
			"Report an outcome for a measure and period (a provider, for its own party): an aggregate or pseudonymous cohort count, never personal data"),

	VERIFY_REPORT("/partnerships/{partnershipId}/outcome-reports/{reportId}/verification",
			VerifyOutcomeReportRequest.class, CommandResource.REPORT, false, LifeStage.OPERATING,
			Set.of(UserRole.COMMISSIONER), "Verify an outcome report, so it may be paid on (commissioner)"),

	QUERY_REPORT("/partnerships/{partnershipId}/outcome-reports/{reportId}/query", QueryOutcomeReportRequest.class,
			CommandResource.REPORT, false, LifeStage.OPERATING, Set.of(UserRole.COMMISSIONER),
			"Query an outcome report with a question; it is not paid on until verified (commissioner)"),

	CORRECT_REPORT("/partnerships/{partnershipId}/outcome-reports/{reportId}/correction",
			CorrectOutcomeReportRequest.class, CommandResource.REPORT, true, LifeStage.OPERATING,
			Set.of(UserRole.PROVIDER),
			"Correct an outcome report with a new, compensating report; the original is never edited (its provider)"),

	SCHEDULE_PAYMENT("/partnerships/{partnershipId}/payments", SchedulePaymentRequest.class, CommandResource.PAYMENT,
			true, LifeStage.OPERATING, Set.of(UserRole.COMMISSIONER),
			"Schedule a payment (commissioner); an OUTCOME payment links the verified outcome reports it pays for"),

	MAKE_PAYMENT("/partnerships/{partnershipId}/payments/{paymentId}/made", MakePaymentRequest.class,
			CommandResource.PAYMENT, false, LifeStage.OPERATING, Set.of(UserRole.COMMISSIONER),
			"Record that a scheduled payment was made (commissioner)"),

	ADJUST_PAYMENT("/partnerships/{partnershipId}/payments/{paymentId}/adjustments", AdjustPaymentRequest.class,
			CommandResource.PAYMENT, false, LifeStage.OPERATING, Set.of(UserRole.COMMISSIONER),
			"Adjust a payment: a service credit, clawback, amount withheld or released (commissioner)"),

	RAISE_DISPUTE("/partnerships/{partnershipId}/disputes", RaiseDisputeRequest.class, CommandResource.DISPUTE, true,
			LifeStage.OPERATING, Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER),
			"Raise a dispute with other parties, naming the principles allegedly breached (a party, for itself); it starts at the first step of the dispute ladder in force"),

	ESCALATE_DISPUTE("/partnerships/{partnershipId}/disputes/{disputeId}/escalation", EscalateDisputeRequest.class,
			CommandResource.DISPUTE, false, LifeStage.OPERATING, Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER),
			"Escalate a dispute to the next step of the agreed ladder: joint working group, senior leaders, mediation, expert determination, adjudication or court (a party to it)"),

	RESOLVE_DISPUTE("/partnerships/{partnershipId}/disputes/{disputeId}/resolution", ResolveDisputeRequest.class,
			CommandResource.DISPUTE, false, LifeStage.OPERATING, Set.of(UserRole.COMMISSIONER),
			"Propose a dispute's resolution (joint decision: resolved once every party to the dispute has confirmed it)"),

	CONFIRM_JOINT_DECISION("/partnerships/{partnershipId}/joint-decisions/{jointDecisionId}/confirmation",
			ConfirmJointDecisionRequest.class, CommandResource.JOINT_DECISION, false, LifeStage.UNTIL_CLOSED,
			Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER),
			"Confirm a proposed joint decision for your own party, with a comment if you have one (any party it binds; it takes effect when the last confirms)"),

	DECLINE_JOINT_DECISION("/partnerships/{partnershipId}/joint-decisions/{jointDecisionId}/declining",
			DeclineJointDecisionRequest.class, CommandResource.JOINT_DECISION, false, LifeStage.UNTIL_CLOSED,
			Set.of(UserRole.COMMISSIONER, UserRole.PROVIDER),
			"Decline a proposed joint decision for your own party, with the reason; the proposal lapses (any party it binds)"),

	RECORD_NOTICE("/partnerships/{partnershipId}/transparency-notices", RecordTransparencyNoticeRequest.class,
			CommandResource.NOTICE, true, LifeStage.ANY, Set.of(UserRole.COMMISSIONER),
			"Record a published notice (UK6, UK7, UK9, UK10, UK11, an OCDS release or voluntary), relating to an adaptation, the contract or a variation where it names one (commissioner or system)"),

	RAISE_FINDING("/partnerships/{partnershipId}/audit-findings", RaiseAuditFindingRequest.class,
			CommandResource.FINDING, true, LifeStage.ANY, Set.of(UserRole.AUDITOR),
			"Raise an audit finding as of a date, citing the events it rests on (auditor); the only change an auditor makes"),

	RESPOND_TO_FINDING("/partnerships/{partnershipId}/audit-findings/{findingId}/response",
			RespondToAuditFindingRequest.class, CommandResource.FINDING, false, LifeStage.ANY,
			Set.of(UserRole.COMMISSIONER), "Respond to an audit finding, accepting it or not (commissioner)");

	/** The public API's prefix. */
	public static final String PUBLIC_PREFIX = "/api/v1";

	/** The command side's internal API's prefix. */
	public static final String INTERNAL_PREFIX = "/internal/v1";

	private final String path;

	private final Class<? extends LedgerRequest> requestType;

	private final CommandResource resource;

	private final boolean createsResource;

	private final LifeStage stage;

	private final Set<UserRole> issuers;

	private final String summary;

	private final Pattern matcher;

	private final List<String> variables;

	CommandRoute(String path, Class<? extends LedgerRequest> requestType, CommandResource resource,
			boolean createsResource, LifeStage stage, Set<UserRole> issuers, String summary) {
		this.path = path;
		this.requestType = requestType;
		this.resource = resource;
		this.createsResource = createsResource;
		this.stage = stage;
		this.issuers = issuers;
		this.summary = summary;
		this.variables = new ArrayList<>();
		Matcher variable = Template.VARIABLE.matcher(path);
		while (variable.find()) {
			this.variables.add(variable.group(1));
		}
		this.matcher = Pattern.compile(Template.VARIABLE.matcher(path).replaceAll("([^/]+)"));
	}

	/**
	 * The path template under either prefix, such as
	 * {@code /partnerships/{partnershipId}/adaptations/{adaptationId}/agreement}.
	 */
	public String path() {
		return this.path;
	}

	/** The names of the path's variables, in order. */
	public List<String> variables() {
		return List.copyOf(this.variables);
	}

	public Class<? extends LedgerRequest> requestType() {
		return this.requestType;
	}

	/** The resource the answer's id and Location name. */
	public CommandResource resource() {
		return this.resource;
	}

	/**
	 * Whether the command creates the resource, whose new id the command side chooses.
	 */
	public boolean createsResource() {
		return this.createsResource;
	}

	/**
	 * Where in its life a partnership takes the command: the command side refuses it
	 * elsewhere (409), and the pages offer it only there.
	 */
	public LifeStage stage() {
		return this.stage;
	}

	/** The roles that may issue the command at all; the partnership's rules decide. */
	public Set<UserRole> issuers() {
		return this.issuers;
	}

	/** What the command does and who may issue it, in a line. */
	public String summary() {
		return this.summary;
	}

	/** The public API's path with the variables filled in, in order. */
	public String publicPath(Object... values) {
		return PUBLIC_PREFIX + expand(values);
	}

	/** The command side's path with the variables filled in, in order. */
	public String internalPath(Object... values) {
		return INTERNAL_PREFIX + expand(values);
	}

	private String expand(Object... values) {
		if (values.length != this.variables.size()) {
			throw new IllegalArgumentException(
					name() + " takes " + this.variables + " but was given " + Arrays.toString(values));
		}
		StringBuilder expanded = new StringBuilder();
		Matcher variable = Template.VARIABLE.matcher(this.path);
		int i = 0;
		while (variable.find()) {
			variable.appendReplacement(expanded, Matcher.quoteReplacement(
					URLEncoder.encode(String.valueOf(values[i++]), StandardCharsets.UTF_8).replace("+", "%20")));
		}
		variable.appendTail(expanded);
		return expanded.toString();
	}

	/**
	 * The route a path under a prefix takes, with its variables; empty when no command
	 * has that path.
	 */
	public static Optional<Call> match(String pathUnderPrefix) {
		for (CommandRoute route : values()) {
			Matcher matched = route.matcher.matcher(pathUnderPrefix);
			if (matched.matches()) {
				Map<String, String> found = new LinkedHashMap<>();
				for (int i = 0; i < route.variables.size(); i++) {
					found.put(route.variables.get(i), URLDecoder.decode(matched.group(i + 1), StandardCharsets.UTF_8));
				}
				return Optional.of(new Call(route, found));
			}
		}
		return Optional.empty();
	}

	/**
	 * A route with the values of its path's variables.
	 *
	 * @param variables by name, in the path's order
	 */
	public record Call(CommandRoute route, Map<String, String> variables) {

		public Call {
			variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
		}

		/** The command side's path of this call. */
		public String internalPath() {
			return this.route.internalPath(this.variables.values().toArray());
		}

		/** The partnership the command is for; {@code null} when it registers one. */
		public String partnershipId() {
			return this.variables.get("partnershipId");
		}

		/** The value of a path variable. */
		public String variable(String name) {
			String value = this.variables.get(name);
			if (value == null) {
				throw new IllegalArgumentException(this.route + " has no variable " + name);
			}
			return value;
		}

	}

	/** Path templates' variables, such as {@code {partnershipId}}. */
	private static final class Template {

		static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	}

}
