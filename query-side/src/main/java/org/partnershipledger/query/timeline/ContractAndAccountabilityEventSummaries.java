package org.partnershipledger.query.timeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.partnershipledger.events.AlignmentInstrumentEnded;
import org.partnershipledger.events.AuditFindingRaised;
import org.partnershipledger.events.AuditFindingResponded;
import org.partnershipledger.events.ContractExtended;
import org.partnershipledger.events.ContractTerminated;
import org.partnershipledger.events.ContractVaried;
import org.partnershipledger.events.DisputeEscalated;
import org.partnershipledger.events.DisputeRaised;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.OutcomeReportCorrected;
import org.partnershipledger.events.OutcomeReportQueried;
import org.partnershipledger.events.OutcomeReportVerified;
import org.partnershipledger.events.OutcomeReported;
import org.partnershipledger.events.PartnershipClosed;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PaymentAdjusted;
import org.partnershipledger.events.PaymentMade;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.TransparencyNoticeRecorded;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.query.web.PartyNames;

/**
 * Plain-English lines for contract change and exit, outcome reports, payments, disputes
 * and accountability (DOMAIN.md §4 items 18 to 24).
 */
final class ContractAndAccountabilityEventSummaries {

	private final SummaryNames names;

	ContractAndAccountabilityEventSummaries(SummaryNames names) {
		this.names = names;
	}

	/** The line for the event, or {@code null} if it is not one of these. */
	String summarise(PartnershipEvent event) {
		String line = contract(event);
		if (line == null) {
			line = reportsAndPayments(event);
		}
		return (line != null) ? line : disputesAndAccountability(event);
	}

	private String contract(PartnershipEvent event) {
		if (event instanceof ContractVaried varied) {
			return "Varied the contract under " + this.names.adaptation(varied.sourceAdaptationId()) + " ("
					+ words(varied.category().name()) + ", " + words(varied.legalGround().name()) + "): value "
					+ money(varied.valueBefore()) + " to " + money(varied.valueAfter()) + ", end "
					+ varied.termEndBefore() + " to " + varied.termEndAfter() + ", effective " + varied.effectiveDate()
					+ "; cumulative change " + percent(varied.cumulativeValueChangePct()) + " in value and "
					+ percent(varied.cumulativeTermChangePct()) + " in term" + notice(varied);
		}
		if (event instanceof ContractExtended extended) {
			return "Extended the contract from " + extended.previousEndDate() + " to " + extended.newEndDate() + ": "
					+ extended.reason();
		}
		if (event instanceof ContractTerminated terminated) {
			return "The contract ended on " + terminated.terminationDate() + " (" + words(terminated.reason().name())
					+ ")" + colon(terminated.explanation()) + "; the partnership is exiting";
		}
		if (event instanceof AlignmentInstrumentEnded ended) {
			return "The alignment instrument ended on " + ended.endedOn() + colon(ended.reason())
					+ "; the partnership is exiting";
		}
		if (event instanceof PartnershipClosed closed) {
			return "Closed the partnership on " + closed.closedOn() + colon(closed.summary()) + " ("
					+ count(closed.lessons().size(), "lesson") + " recorded)";
		}
		return null;
	}

	private String reportsAndPayments(PartnershipEvent event) {
		if (event instanceof OutcomeReported reported) {
			return this.names.party(reported.providerPartyId()) + " reported " + reported.value().toPlainString()
					+ " for " + this.names.measure(reported.measureId()) + ", " + period(reported.period());
		}
		if (event instanceof OutcomeReportQueried queried) {
			return "Queried " + this.names.report(queried.reportId()) + ": " + queried.question();
		}
		if (event instanceof OutcomeReportVerified verified) {
			return "Verified " + this.names.report(verified.reportId()) + colon(verified.notes());
		}
		if (event instanceof OutcomeReportCorrected corrected) {
			return this.names.party(corrected.providerPartyId()) + " corrected "
					+ this.names.report(corrected.correctsReportId()) + " to " + corrected.value().toPlainString()
					+ colon(corrected.reason());
		}
		if (event instanceof PaymentScheduled scheduled) {
			return "Scheduled " + article(words(scheduled.kind().name())) + " payment of " + money(scheduled.amount())
					+ " due " + scheduled.dueOn() + (scheduled.linkedReportIds().isEmpty() ? ""
							: " for " + count(scheduled.linkedReportIds().size(), "verified outcome report"));
		}
		if (event instanceof PaymentMade made) {
			return "Paid " + money(made.amount()) + " on " + made.paidOn() + " for "
					+ this.names.payment(made.paymentId()) + ((made.reference() != null && !made.reference().isBlank())
							? " (ref " + made.reference() + ")" : "");
		}
		if (event instanceof PaymentAdjusted adjusted) {
			return "Adjusted " + this.names.payment(adjusted.paymentId()) + ": " + words(adjusted.kind().name())
					+ " of " + money(adjusted.amount()) + colon(adjusted.reason());
		}
		return null;
	}

	private String disputesAndAccountability(PartnershipEvent event) {
		if (event instanceof DisputeRaised raised) {
			return this.names.party(raised.raisedByPartyId()) + " raised a dispute, \u201c" + raised.subject()
					+ "\u201d, with " + parties(raised.partyIds())
					+ (raised.principlesAllegedlyBreached().isEmpty() ? ""
							: ", citing " + String.join(", ",
									raised.principlesAllegedlyBreached().stream().map((p) -> words(p.name())).toList()))
					+ ((raised.step() != null) ? "; at " + words(raised.step().name()) : "");
		}
		if (event instanceof DisputeEscalated escalated) {
			return "Escalated " + this.names.dispute(escalated.disputeId()) + " from "
					+ words(escalated.fromStep().name()) + " to " + words(escalated.toStep().name())
					+ colon(escalated.reason());
		}
		if (event instanceof DisputeResolved resolved) {
			return "Resolved " + this.names.dispute(resolved.disputeId()) + ", agreed by "
					+ parties(resolved.agreedByPartyIds()) + colon(resolved.resolution());
		}
		if (event instanceof TransparencyNoticeRecorded notice) {
			return "Published " + noticeType(notice.noticeType().name()) + " notice " + notice.reference() + " on "
					+ notice.publishedOn() + ((notice.relatesTo() != null && !notice.relatesTo().isBlank())
							? " about " + notice.relatesTo() : "");
		}
		if (event instanceof AuditFindingRaised raised) {
			return "An auditor raised " + article(words(raised.severity().name())) + " severity finding on "
					+ raised.scope() + " as of " + raised.asOf() + ": " + raised.finding();
		}
		if (event instanceof AuditFindingResponded responded) {
			return (responded.accepted() ? "Accepted " : "Did not accept ") + this.names.finding(responded.findingId())
					+ colon(responded.response());
		}
		return null;
	}

	private static String notice(ContractVaried varied) {
		if (varied.contractChangeNoticeRequired()) {
			return "; contract change notice " + varied.noticeReference() + " published " + varied.noticePublishedOn();
		}
		return varied.voluntaryPublication() ? "; published voluntarily" : "";
	}

	private String parties(List<String> partyIds) {
		List<String> named = partyIds.stream().map(this.names::party).toList();
		if (named.isEmpty()) {
			return "no party recorded";
		}
		return PartyNames.inWords(named);
	}

	private static String noticeType(String code) {
		return code.startsWith("UK") ? code : article(words(code));
	}

	private static String period(Period period) {
		return (period == null) ? "no period stated" : period.startDate() + " to " + period.endDate();
	}

	private static String colon(String text) {
		return (text == null || text.isBlank()) ? "" : ": " + text;
	}

	private static String money(Money money) {
		return (money == null) ? "no amount stated" : money.currency() + " " + money.amount().toPlainString();
	}

	private static String percent(BigDecimal value) {
		return (value == null) ? "unknown" : value.stripTrailingZeros().toPlainString() + "%";
	}

	private static String count(int n, String what) {
		return n + " " + what + ((n == 1) ? "" : "s");
	}

	private static String article(String phrase) {
		return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
	}

	private static String words(String code) {
		return code.replace('_', ' ').toLowerCase(Locale.ROOT);
	}

}
