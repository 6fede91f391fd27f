package org.partnershipledger.query.adaptations;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AssessAdaptationRequest;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.ModificationRisk;
import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/**
 * The form for assessing an adaptation: the legal ground recorded, the risk that it is a
 * substantial modification, and whether a contract change notice is needed. The
 * cumulative change is worked out by the ledger, not typed.
 */
public class AssessAdaptationForm extends AuthorityFields {

	private LegalGround legalGround;

	private ModificationRisk substantialModificationRisk;

	private Boolean contractChangeNoticeRequired;

	private String notes;

	AssessAdaptationRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "legalGround", this.legalGround, "Select the legal ground");
		FormChecks.required(errors, "substantialModificationRisk", this.substantialModificationRisk,
				"Select the risk that this is a substantial modification");
		FormChecks.required(errors, "contractChangeNoticeRequired", this.contractChangeNoticeRequired,
				"Select yes if a contract change notice is required");
		AssessAdaptationRequest request = new AssessAdaptationRequest(this.legalGround,
				this.substantialModificationRisk, this.contractChangeNoticeRequired, this.notes, null, authority());
		FormProblems.reject(request.problems(clock), errors, AssessAdaptationForm::formField);
		return errors.hasErrors() ? null : request;
	}

	public static String formField(String apiField) {
		return switch (apiField) {
			case "legalGround", "substantialModificationRisk", "contractChangeNoticeRequired", "notes" -> apiField;
			default -> AuthorityFields.formField(apiField);
		};
	}

	public LegalGround getLegalGround() {
		return this.legalGround;
	}

	public void setLegalGround(LegalGround legalGround) {
		this.legalGround = legalGround;
	}

	public ModificationRisk getSubstantialModificationRisk() {
		return this.substantialModificationRisk;
	}

	public void setSubstantialModificationRisk(ModificationRisk substantialModificationRisk) {
		this.substantialModificationRisk = substantialModificationRisk;
	}

	public Boolean getContractChangeNoticeRequired() {
		return this.contractChangeNoticeRequired;
	}

	public void setContractChangeNoticeRequired(Boolean contractChangeNoticeRequired) {
		this.contractChangeNoticeRequired = contractChangeNoticeRequired;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
