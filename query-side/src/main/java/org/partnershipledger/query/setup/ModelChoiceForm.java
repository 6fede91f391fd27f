package org.partnershipledger.query.setup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Labels;

/**
 * The choose-a-model form. The assessment it is based on is the latest one, carried in a
 * hidden field so that a reassessment recorded meanwhile is noticed (the command side
 * rejects a stale one).
 */
public class ModelChoiceForm {

	private PartnershipModel chosenModel;

	private PaymentMechanism paymentMechanism;

	private String basedOnAssessmentId;

	private String departureJustification;

	private List<DepartureReason> departureReasonCodes = new ArrayList<>();

	/**
	 * The request, or {@code null} when the form has problems, which are then on
	 * {@code errors}.
	 */
	ChoosePartnershipModelRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "chosenModel", this.chosenModel, "Select the model the partnership will use");
		FormChecks.required(errors, "paymentMechanism", this.paymentMechanism, "Select the payment mechanism");
		if (this.chosenModel != null && this.paymentMechanism != null
				&& !this.paymentMechanism.isCompatibleWith(this.chosenModel)) {
			errors.rejectValue("paymentMechanism", "incompatible",
					Labels.of(this.paymentMechanism) + " does not go with " + this.chosenModel.label()
							+ ". Alignment without a contract allows only no payment or a pooled or aligned budget");
		}
		ChoosePartnershipModelRequest request = new ChoosePartnershipModelRequest(this.chosenModel,
				this.paymentMechanism, this.basedOnAssessmentId, this.departureJustification, this.departureReasonCodes,
				null, null);
		FormProblems.reject(request.problems(clock), errors, ModelChoiceForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		if (apiField.startsWith("departureReasonCodes")) {
			return "departureReasonCodes";
		}
		return switch (apiField) {
			case "chosenModel", "paymentMechanism", "departureJustification" -> apiField;
			default -> null;
		};
	}

	public PartnershipModel getChosenModel() {
		return this.chosenModel;
	}

	public void setChosenModel(PartnershipModel chosenModel) {
		this.chosenModel = chosenModel;
	}

	public PaymentMechanism getPaymentMechanism() {
		return this.paymentMechanism;
	}

	public void setPaymentMechanism(PaymentMechanism paymentMechanism) {
		this.paymentMechanism = paymentMechanism;
	}

	public String getBasedOnAssessmentId() {
		return this.basedOnAssessmentId;
	}

	public void setBasedOnAssessmentId(String basedOnAssessmentId) {
		this.basedOnAssessmentId = basedOnAssessmentId;
	}

	public String getDepartureJustification() {
		return this.departureJustification;
	}

	public void setDepartureJustification(String departureJustification) {
		this.departureJustification = departureJustification;
	}

	public List<DepartureReason> getDepartureReasonCodes() {
		return this.departureReasonCodes;
	}

	public void setDepartureReasonCodes(List<DepartureReason> departureReasonCodes) {
		this.departureReasonCodes = (departureReasonCodes == null) ? new ArrayList<>() : departureReasonCodes;
	}

}
