package org.partnershipledger.query.web;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * Partnerships with a joint decision waiting, for the page tests: the council (party-1)
 * proposed it and the charity (party-2) has still to confirm it.
 */
public final class JointDecisionFixtures {

	/** The waiting decision's id. */
	public static final String DECISION = "jd-1";

	public static final String STATEMENT = "Nobody in Anytown sleeps rough for a second night";

	private static final Instant AT = Instant.parse("2025-08-01T10:00:00Z");

	private JointDecisionFixtures() {
	}

	/** {@link RelationalFixtures#active()} with version 2 of the vision proposed. */
	public static PartnershipOverview visionProposed() {
		SharedVisionAgreed vision = new SharedVisionAgreed(PageFixtures.PARTNERSHIP_ID, 2, STATEMENT,
				List.of("party-1", "party-2"), AT);
		return RelationalFixtures.fold(RelationalFixtures.active(), RelationalFixtures.JANE,
				new JointDecisionProposed(PageFixtures.PARTNERSHIP_ID, DECISION, List.of("party-1", "party-2"),
						"party-1", vision, null, null, null, null, null, AT));
	}

	/**
	 * {@link RelationalFixtures#active()} with the board's agreement of the provider's
	 * proposed change proposed.
	 */
	public static PartnershipOverview agreementProposed() {
		AdaptationAgreed agreed = new AdaptationAgreed(PageFixtures.PARTNERSHIP_ID, RelationalFixtures.PROPOSED,
				"board", List.of(new Approval("party-1", "Within budget"), new Approval("party-2", null)),
				List.of("Review after three months"), 1, null, AT);
		return RelationalFixtures.fold(RelationalFixtures.active(), RelationalFixtures.JANE,
				new JointDecisionProposed(PageFixtures.PARTNERSHIP_ID, DECISION, List.of("party-1", "party-2"),
						"party-1", null, null, null, null, agreed, null, AT));
	}

}
