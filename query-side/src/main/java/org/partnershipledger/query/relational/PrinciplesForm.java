package org.partnershipledger.query.relational;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.events.relational.GuidingPrinciple;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The form for a new version of the guiding principles: a few rows (property
 * {@code principles[i]}), of which the empty ones are left out.
 */
public class PrinciplesForm extends JointDecisionFields {

	/** Rows shown beyond the principles already agreed. */
	static final int SPARE_ROWS = 2;

	/** Rows shown at least. */
	static final int MIN_ROWS = 4;

	private List<PrincipleRow> principles = new ArrayList<>();

	/** Which form row each principle sent came from. */
	private final List<Integer> sentRows = new ArrayList<>();

	/** The form, with the current principles filled in and room for more. */
	static PrinciplesForm startingFrom(List<GuidingPrinciple> current) {
		PrinciplesForm form = new PrinciplesForm();
		current.forEach((principle) -> form.principles.add(PrincipleRow.of(principle)));
		while (form.principles.size() < Math.max(MIN_ROWS, current.size() + SPARE_ROWS)) {
			form.principles.add(new PrincipleRow());
		}
		return form;
	}

	AgreeGuidingPrinciplesRequest toRequest(BindingResult errors, Clock clock) {
		List<GuidingPrinciple> sent = new ArrayList<>();
		this.sentRows.clear();
		for (int i = 0; i < this.principles.size(); i++) {
			PrincipleRow row = this.principles.get(i);
			if (row.isBlank()) {
				continue;
			}
			String field = "principles[" + i + "]";
			FormChecks.required(errors, field + ".code", row.getCode(), "Select the principle in row " + (i + 1));
			FormChecks.required(errors, field + ".description", row.getDescription(),
					"Describe the principle in row " + (i + 1));
			FormChecks.required(errors, field + ".observableBehaviours", Lines.of(row.getObservableBehaviours()),
					"Enter at least one behaviour that shows the principle in row " + (i + 1) + " is kept");
			this.sentRows.add(i);
			sent.add(row.toPrinciple());
		}
		if (sent.isEmpty()) {
			errors.rejectValue("principles[0].code", "required", "Enter at least one principle");
		}
		AgreeGuidingPrinciplesRequest request = new AgreeGuidingPrinciplesRequest(sent, null, null, authority());
		FormProblems.reject(request.problems(clock), errors, this::fieldOf);
		return errors.hasErrors() ? null : request;
	}

	/** {@code principles[1].description} of the request is the form row it came from. */
	String fieldOf(String apiField) {
		if (apiField.startsWith("principles[")) {
			int end = apiField.indexOf(']');
			int index = Integer.parseInt(apiField.substring("principles[".length(), end));
			int row = (index < this.sentRows.size()) ? this.sentRows.get(index) : index;
			String property = apiField.substring(end + 1);
			return "principles[" + row + "]" + (property.isEmpty() ? ".code" : property);
		}
		if (apiField.equals("principles")) {
			return "principles[0].code";
		}
		return JointDecisionFields.formField(apiField);
	}

	public List<PrincipleRow> getPrinciples() {
		return this.principles;
	}

	public void setPrinciples(List<PrincipleRow> principles) {
		this.principles = (principles == null) ? new ArrayList<>() : principles;
	}

}
