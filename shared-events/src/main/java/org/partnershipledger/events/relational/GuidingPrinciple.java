package org.partnershipledger.events.relational;

import java.util.List;

/** A guiding principle and the behaviours by which the parties can see it kept. */
public record GuidingPrinciple(PrincipleCode code, String description, List<String> observableBehaviours) {

	public GuidingPrinciple {
		observableBehaviours = (observableBehaviours == null) ? List.of() : List.copyOf(observableBehaviours);
	}

}
