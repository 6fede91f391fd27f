package org.partnershipledger.query.relational;

import java.math.BigDecimal;
import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.MeasureKind;
import org.partnershipledger.query.partnership.OutcomeMeasure;
import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Numbers;

/**
 * The form for defining an outcome measure; the revision form adds why. Numbers are text
 * so that what was typed comes back when it is wrong.
 */
public class MeasureForm extends AuthorityFields {

	private String name;

	private MeasureKind kind;

	private String unit;

	private String baseline;

	private String target;

	private Boolean paymentLinked;

	private String rate;

	/** The form with the measure's current values, for a revision. */
	void fill(OutcomeMeasure measure) {
		this.name = measure.name();
		this.kind = measure.kind();
		this.unit = measure.unit();
		this.baseline = Numbers.text(measure.baseline());
		this.target = Numbers.text(measure.target());
		this.paymentLinked = measure.paymentLinked();
		this.rate = (measure.rate() != null) ? Numbers.text(measure.rate().amount()) : null;
	}

	DefineOutcomeMeasureRequest toRequest(BindingResult errors, Clock clock) {
		Values values = check(errors);
		DefineOutcomeMeasureRequest request = new DefineOutcomeMeasureRequest(this.name, this.kind, this.unit,
				values.baseline(), values.target(), this.paymentLinked, values.rate(), null, authority());
		FormProblems.reject(request.problems(clock), errors, MeasureForm::formField);
		return errors.hasErrors() ? null : request;
	}

	/** What the person left out or mistyped, and the numbers read. */
	Values check(BindingResult errors) {
		FormChecks.required(errors, "name", this.name, "Enter the measure's name");
		FormChecks.required(errors, "kind", this.kind, "Select the kind of measure");
		FormChecks.required(errors, "unit", this.unit, "Enter the unit it is counted in");
		BigDecimal baselineValue = Numbers.read(this.baseline, "baseline", "Enter the baseline as a number, like 120",
				errors);
		BigDecimal targetValue = Numbers.read(this.target, "target", "Enter the target as a number, like 150", errors);
		BigDecimal rateValue = Numbers.read(this.rate, "rate",
				"Enter the rate as an amount in pounds, like 1500 or 12.50", errors);
		if (rateValue != null && rateValue.signum() < 0) {
			errors.rejectValue("rate", "negative", "The rate must be 0 or more");
			rateValue = null;
		}
		return new Values(baselineValue, targetValue, (rateValue != null) ? new Money(rateValue, "GBP") : null);
	}

	public static String formField(String apiField) {
		if (apiField.startsWith("rate")) {
			return "rate";
		}
		return switch (apiField) {
			case "name", "kind", "unit", "baseline", "target", "paymentLinked" -> apiField;
			default -> AuthorityFields.formField(apiField);
		};
	}

	record Values(BigDecimal baseline, BigDecimal target, Money rate) {
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public MeasureKind getKind() {
		return this.kind;
	}

	public void setKind(MeasureKind kind) {
		this.kind = kind;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getBaseline() {
		return this.baseline;
	}

	public void setBaseline(String baseline) {
		this.baseline = baseline;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public Boolean getPaymentLinked() {
		return this.paymentLinked;
	}

	public void setPaymentLinked(Boolean paymentLinked) {
		this.paymentLinked = paymentLinked;
	}

	public String getRate() {
		return this.rate;
	}

	public void setRate(String rate) {
		this.rate = rate;
	}

}
