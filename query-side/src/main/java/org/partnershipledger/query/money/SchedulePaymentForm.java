package org.partnershipledger.query.money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;
import org.partnershipledger.query.web.Pounds;

/**
 * The form for scheduling a payment: what it pays for, how much, when it is due and, for
 * an outcome payment, the reports it pays on.
 */
public class SchedulePaymentForm {

	private PaymentKind kind;

	private String amount;

	private DateParts dueOn = new DateParts();

	private List<String> linkedReportIds = new ArrayList<>();

	private String description;

	SchedulePaymentRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "kind", this.kind, "Select what the payment is for");
		Money money = Pounds.read(this.amount, "amount", "the amount", errors);
		LocalDate due = DateParts.read(this.dueOn, "dueOn", "the date the payment is due", errors);
		if (this.kind == PaymentKind.OUTCOME) {
			FormChecks.required(errors, "linkedReportIds", this.linkedReportIds,
					"Select the outcome reports an outcome payment pays for");
		}
		SchedulePaymentRequest request = new SchedulePaymentRequest(this.kind, money, due, this.linkedReportIds,
				Lines.textOrNull(this.description), null, null, null);
		FormProblems.reject(request.problems(clock), errors, SchedulePaymentForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		if (apiField.startsWith("amount")) {
			return "amount";
		}
		if (apiField.startsWith("linkedReportIds")) {
			return "linkedReportIds";
		}
		return switch (apiField) {
			case "kind", "dueOn", "description" -> apiField;
			default -> null;
		};
	}

	public PaymentKind getKind() {
		return this.kind;
	}

	public void setKind(PaymentKind kind) {
		this.kind = kind;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public DateParts getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(DateParts dueOn) {
		this.dueOn = dueOn;
	}

	public List<String> getLinkedReportIds() {
		return this.linkedReportIds;
	}

	public void setLinkedReportIds(List<String> linkedReportIds) {
		this.linkedReportIds = (linkedReportIds == null) ? new ArrayList<>() : linkedReportIds;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
