package org.partnershipledger.command.api;

import java.time.Instant;
import java.util.UUID;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.LedgerRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.AccountabilityCommands.RaiseAuditFinding;
import org.partnershipledger.command.partnership.AccountabilityCommands.RecordTransparencyNotice;
import org.partnershipledger.command.partnership.AccountabilityCommands.RespondToAuditFinding;
import org.partnershipledger.command.partnership.AdaptationCommands.AgreeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.AssessAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.EvaluateAdaptationEffect;
import org.partnershipledger.command.partnership.AdaptationCommands.ImplementAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.ProposeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.RejectAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.WithdrawAdaptation;
import org.partnershipledger.command.partnership.ContractCommands.ClosePartnership;
import org.partnershipledger.command.partnership.ContractCommands.EndAlignmentInstrument;
import org.partnershipledger.command.partnership.ContractCommands.ExtendContract;
import org.partnershipledger.command.partnership.ContractCommands.TerminateContract;
import org.partnershipledger.command.partnership.ContractCommands.VaryContract;
import org.partnershipledger.command.partnership.DisputeCommands.EscalateDispute;
import org.partnershipledger.command.partnership.DisputeCommands.RaiseDispute;
import org.partnershipledger.command.partnership.DisputeCommands.ResolveDispute;
import org.partnershipledger.command.partnership.IterationCommands.ConcludeIteration;
import org.partnershipledger.command.partnership.IterationCommands.RecordIteration;
import org.partnershipledger.command.partnership.IterationCommands.StartIteration;
import org.partnershipledger.command.partnership.JointDecisionCommands.ConfirmJointDecision;
import org.partnershipledger.command.partnership.JointDecisionCommands.DeclineJointDecision;
import org.partnershipledger.command.partnership.MoneyCommands.AdjustPayment;
import org.partnershipledger.command.partnership.MoneyCommands.CorrectOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.MakePayment;
import org.partnershipledger.command.partnership.MoneyCommands.QueryOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.ReportOutcome;
import org.partnershipledger.command.partnership.MoneyCommands.SchedulePayment;
import org.partnershipledger.command.partnership.MoneyCommands.VerifyOutcomeReport;
import org.partnershipledger.command.partnership.RelationalCommands.AdoptAlignmentInstrument;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGovernanceArrangements;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGuidingPrinciples;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeSharedVision;
import org.partnershipledger.command.partnership.RelationalCommands.ConcludeContract;
import org.partnershipledger.command.partnership.RelationalCommands.DefineOutcomeMeasure;
import org.partnershipledger.command.partnership.RelationalCommands.ReviseOutcomeMeasure;
import org.partnershipledger.command.partnership.ReviewCommands.ConfirmReviewMinutes;
import org.partnershipledger.command.partnership.ReviewCommands.HoldReview;
import org.partnershipledger.command.partnership.ReviewCommands.RescheduleReview;
import org.partnershipledger.command.partnership.ReviewCommands.ScheduleReview;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.command.partnership.SetUpCommands.AssessServiceCharacteristics;
import org.partnershipledger.command.partnership.SetUpCommands.ChoosePartnershipModel;
import org.partnershipledger.command.partnership.SetUpCommands.RegisterPartnership;
import org.partnershipledger.command.partnership.SetUpCommands.RemoveParty;

/**
 * The command each route of the internal API sends to its partnership. The switch names
 * every route, so a route without a command does not compile.
 */
final class CommandDispatch {

	private CommandDispatch() {
	}

	/**
	 * The command for a call and the id of the resource it answers about: a new id when
	 * the command creates it, else the one in the path.
	 */
	static Issued command(CommandRoute.Call call, Identity identity, LedgerRequest request, Instant at) {
		CommandRoute route = call.route();
		String id = route.createsResource() ? newId()
				: (route.resource().idField() != null) ? call.variables().get(route.resource().idField()) : null;
		if (route == CommandRoute.REGISTER_PARTNERSHIP) {
			return new Issued(new RegisterPartnership(id, newId(), identity, as(request), at), id, id);
		}
		String p = call.partnershipId();
		Object command = switch (route) {
			case REGISTER_PARTNERSHIP -> throw new IllegalStateException("registered above");
			case ADD_PARTY -> new AddParty(p, id, identity, as(request), at);
			case ASSESS_SERVICE -> new AssessServiceCharacteristics(p, id, identity, as(request), at);
			case CHOOSE_MODEL -> new ChoosePartnershipModel(p, id, identity, as(request), at);
			case REMOVE_PARTY -> new RemoveParty(p, id, identity, as(request), at);
			case CONCLUDE_CONTRACT -> new ConcludeContract(p, id, identity, as(request), at);
			case ADOPT_ALIGNMENT_INSTRUMENT -> new AdoptAlignmentInstrument(p, id, identity, as(request), at);
			case AGREE_VISION -> new AgreeSharedVision(p, identity, as(request), at);
			case AGREE_PRINCIPLES -> new AgreeGuidingPrinciples(p, identity, as(request), at);
			case AGREE_GOVERNANCE -> new AgreeGovernanceArrangements(p, identity, as(request), at);
			case DEFINE_MEASURE -> new DefineOutcomeMeasure(p, id, identity, as(request), at);
			case REVISE_MEASURE -> new ReviseOutcomeMeasure(p, id, identity, as(request), at);
			case PROPOSE_ADAPTATION -> new ProposeAdaptation(p, id, identity, as(request), at);
			case ASSESS_ADAPTATION -> new AssessAdaptation(p, id, identity, as(request), at);
			case AGREE_ADAPTATION -> new AgreeAdaptation(p, id, identity, as(request), at);
			case REJECT_ADAPTATION -> new RejectAdaptation(p, id, identity, as(request), at);
			case WITHDRAW_ADAPTATION -> new WithdrawAdaptation(p, id, identity, as(request), at);
			case IMPLEMENT_ADAPTATION -> new ImplementAdaptation(p, id, identity, as(request), at);
			case EVALUATE_ADAPTATION -> new EvaluateAdaptationEffect(p, id, identity, as(request), at);
			case START_ITERATION -> new StartIteration(p, id, identity, as(request), at);
			case CONCLUDE_ITERATION -> new ConcludeIteration(p, id, identity, as(request), at);
			case RECORD_ITERATION -> new RecordIteration(p, id, identity, as(request), at);
			case SCHEDULE_REVIEW -> new ScheduleReview(p, id, identity, as(request), at);
			case RESCHEDULE_REVIEW -> new RescheduleReview(p, id, identity, as(request), at);
			case HOLD_REVIEW -> new HoldReview(p, id, identity, as(request), at);
			case CONFIRM_MINUTES -> new ConfirmReviewMinutes(p, id, identity, as(request), at);
			case VARY_CONTRACT -> new VaryContract(p, id, identity, as(request), at);
			case EXTEND_CONTRACT -> new ExtendContract(p, identity, as(request), at);
			case TERMINATE_CONTRACT -> new TerminateContract(p, identity, as(request), at);
			case END_ALIGNMENT_INSTRUMENT -> new EndAlignmentInstrument(p, identity, as(request), at);
			case CLOSE_PARTNERSHIP -> new ClosePartnership(p, identity, as(request), at);
			case REPORT_OUTCOME -> new ReportOutcome(p, id, identity, as(request), at);
			case VERIFY_REPORT -> new VerifyOutcomeReport(p, id, identity, as(request), at);
			case QUERY_REPORT -> new QueryOutcomeReport(p, id, identity, as(request), at);
			case CORRECT_REPORT ->
				new CorrectOutcomeReport(p, call.variable("reportId"), id, identity, as(request), at);
			case SCHEDULE_PAYMENT -> new SchedulePayment(p, id, identity, as(request), at);
			case MAKE_PAYMENT -> new MakePayment(p, id, identity, as(request), at);
			case ADJUST_PAYMENT -> new AdjustPayment(p, id, newId(), identity, as(request), at);
			case RAISE_DISPUTE -> new RaiseDispute(p, id, identity, as(request), at);
			case ESCALATE_DISPUTE -> new EscalateDispute(p, id, identity, as(request), at);
			case RESOLVE_DISPUTE -> new ResolveDispute(p, id, identity, as(request), at);
			case RECORD_NOTICE -> new RecordTransparencyNotice(p, id, identity, as(request), at);
			case RAISE_FINDING -> new RaiseAuditFinding(p, id, identity, as(request), at);
			case RESPOND_TO_FINDING -> new RespondToAuditFinding(p, id, identity, as(request), at);
			case CONFIRM_JOINT_DECISION -> new ConfirmJointDecision(p, id, identity, as(request), at);
			case DECLINE_JOINT_DECISION -> new DeclineJointDecision(p, id, identity, as(request), at);
		};
		return new Issued(command, p, id);
	}

	/** The route's request as its command takes it; the route table gave its type. */
	@SuppressWarnings("unchecked")
	private static <R extends LedgerRequest> R as(LedgerRequest request) {
		return (R) request;
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * A command ready to send.
	 *
	 * @param partnershipId the partnership it is for (new when it registers one)
	 * @param resourceId the id of the resource the answer is about, if it has one
	 */
	record Issued(Object command, String partnershipId, String resourceId) {
	}

}
