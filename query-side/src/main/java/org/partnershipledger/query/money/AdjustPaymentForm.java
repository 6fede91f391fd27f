package org.partnershipledger.query.money;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;
import org.partnershipledger.query.web.Pounds;

/**
 * The form for adjusting a payment: a service credit, a clawback, an amount withheld or
 * released, and why.
 */
public class AdjustPaymentForm {

	private PaymentAdjustmentKind kind;

	private String amount;

	private String reason;

	AdjustPaymentRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "kind", this.kind, "Select the kind of adjustment");
		Money money = Pounds.read(this.amount, "amount", "the amount adjusted", errors);
		FormChecks.required(errors, "reason", this.reason, "Enter why the payment is adjusted");
		AdjustPaymentRequest request = new AdjustPaymentRequest(this.kind, money, Lines.textOrNull(this.reason), null,
				null);
		FormProblems.reject(request.problems(clock), errors, AdjustPaymentForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		if (apiField.startsWith("amount")) {
			return "amount";
		}
		return switch (apiField) {
			case "kind", "reason" -> apiField;
			default -> null;
		};
	}

	public PaymentAdjustmentKind getKind() {
		return this.kind;
	}

	public void setKind(PaymentAdjustmentKind kind) {
		this.kind = kind;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
