package org.partnershipledger.query.money;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;
import org.partnershipledger.query.web.Pounds;

/** The form for recording a scheduled payment as made: how much, when, its reference. */
public class MakePaymentForm {

	private String amount;

	private DateParts paidOn = new DateParts();

	private String reference;

	MakePaymentRequest toRequest(BindingResult errors, Clock clock) {
		Money money = Pounds.read(this.amount, "amount", "the amount paid", errors);
		LocalDate date = DateParts.read(this.paidOn, "paidOn", "the date it was paid", errors);
		MakePaymentRequest request = new MakePaymentRequest(money, date, Lines.textOrNull(this.reference), null, null);
		FormProblems.reject(request.problems(clock), errors, MakePaymentForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		if (apiField.startsWith("amount")) {
			return "amount";
		}
		return switch (apiField) {
			case "paidOn", "reference" -> apiField;
			default -> null;
		};
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public DateParts getPaidOn() {
		return this.paidOn;
	}

	public void setPaidOn(DateParts paidOn) {
		this.paidOn = paidOn;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

}
