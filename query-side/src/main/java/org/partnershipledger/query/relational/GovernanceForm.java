package org.partnershipledger.query.relational;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.GovernanceBody;
import org.partnershipledger.query.partnership.Governance;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/**
 * The form for a new version of the governance arrangements: up to {@link #BODY_ROWS}
 * bodies (property {@code bodies[i]}), each with its delegation, and the dispute ladder.
 * Empty rows are left out.
 */
public class GovernanceForm extends JointDecisionFields {

	static final int BODY_ROWS = 3;

	private List<BodyRow> bodies = new ArrayList<>();

	private List<DisputeStep> disputeLadder = new ArrayList<>();

	private final List<Integer> sentBodies = new ArrayList<>();

	private final List<Integer> sentDelegations = new ArrayList<>();

	/** The form, with the governance in force (if any) filled in. */
	static GovernanceForm startingFrom(Governance current) {
		GovernanceForm form = new GovernanceForm();
		if (current != null) {
			for (GovernanceBody body : current.bodies()) {
				form.bodies.add(BodyRow.of(body, current.delegationOf(body.bodyId()).orElse(null)));
			}
			form.disputeLadder = new ArrayList<>(current.disputeLadder());
		}
		while (form.bodies.size() < BODY_ROWS) {
			form.bodies.add(new BodyRow());
		}
		return form;
	}

	AgreeGovernanceArrangementsRequest toRequest(BindingResult errors, Clock clock) {
		List<GovernanceBody> sent = new ArrayList<>();
		List<Delegation> delegations = new ArrayList<>();
		this.sentBodies.clear();
		this.sentDelegations.clear();
		for (int i = 0; i < this.bodies.size(); i++) {
			BodyRow row = this.bodies.get(i);
			if (row.isBlank()) {
				continue;
			}
			String field = "bodies[" + i + "]";
			String which = " of body " + (i + 1);
			FormChecks.required(errors, field + ".name", row.getName(), "Enter the name" + which);
			FormChecks.required(errors, field + ".tier", row.getTier(), "Select the tier" + which);
			FormChecks.required(errors, field + ".memberPartyIds", row.getMemberPartyIds(),
					"Select the member parties" + which);
			this.sentBodies.add(i);
			sent.add(row.toBody());
			if (row.hasDelegation()) {
				this.sentDelegations.add(i);
				delegations.add(row.toDelegation(field, errors));
			}
		}
		if (sent.isEmpty()) {
			errors.rejectValue("bodies[0].name", "required", "Enter at least one governance body");
		}
		FormChecks.required(errors, "disputeLadder", this.disputeLadder,
				"Select the steps of the dispute ladder the parties agreed");
		AgreeGovernanceArrangementsRequest request = new AgreeGovernanceArrangementsRequest(sent, delegations,
				this.disputeLadder, null, null, authority());
		FormProblems.reject(request.problems(clock), errors, this::fieldOf);
		return errors.hasErrors() ? null : request;
	}

	/**
	 * The form property for a field of the request: {@code bodies[0].name} and
	 * {@code delegations[0].maxValueChangePct} are on the rows they came from.
	 */
	String fieldOf(String apiField) {
		if (apiField.startsWith("bodies[")) {
			return onRow(apiField, "bodies[", this.sentBodies, ".name");
		}
		if (apiField.startsWith("delegations[")) {
			return onRow(apiField, "delegations[", this.sentDelegations, ".maxValueChangePct");
		}
		if (apiField.startsWith("bodies")) {
			return "bodies[0].name";
		}
		if (apiField.startsWith("disputeLadder")) {
			return "disputeLadder";
		}
		return JointDecisionFields.formField(apiField);
	}

	private static String onRow(String apiField, String prefix, List<Integer> rows, String whole) {
		int end = apiField.indexOf(']');
		int index = Integer.parseInt(apiField.substring(prefix.length(), end));
		int row = (index < rows.size()) ? rows.get(index) : index;
		String property = apiField.substring(end + 1).replaceAll("\\[\\d+]$", "");
		if (property.equals(".bodyId")) {
			property = ".name";
		}
		return "bodies[" + row + "]" + (property.isEmpty() ? whole : property);
	}

	public List<BodyRow> getBodies() {
		return this.bodies;
	}

	public void setBodies(List<BodyRow> bodies) {
		this.bodies = (bodies == null) ? new ArrayList<>() : bodies;
	}

	public List<DisputeStep> getDisputeLadder() {
		return this.disputeLadder;
	}

	public void setDisputeLadder(List<DisputeStep> disputeLadder) {
		this.disputeLadder = (disputeLadder == null) ? new ArrayList<>() : disputeLadder;
	}

}
