package org.partnershipledger.query.relational;

import org.partnershipledger.events.relational.GuidingPrinciple;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.query.web.Lines;

/** One row of the principles form; its behaviours are typed one a line. */
public class PrincipleRow {

	private PrincipleCode code;

	private String description;

	private String observableBehaviours;

	static PrincipleRow of(GuidingPrinciple principle) {
		PrincipleRow row = new PrincipleRow();
		row.code = principle.code();
		row.description = principle.description();
		row.observableBehaviours = Lines.join(principle.observableBehaviours());
		return row;
	}

	boolean isBlank() {
		return this.code == null && this.description == null && this.observableBehaviours == null;
	}

	GuidingPrinciple toPrinciple() {
		return new GuidingPrinciple(this.code, this.description, Lines.of(this.observableBehaviours));
	}

	public PrincipleCode getCode() {
		return this.code;
	}

	public void setCode(PrincipleCode code) {
		this.code = code;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getObservableBehaviours() {
		return this.observableBehaviours;
	}

	public void setObservableBehaviours(String observableBehaviours) {
		this.observableBehaviours = observableBehaviours;
	}

}
