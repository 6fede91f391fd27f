package org.partnershipledger.query.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.partnership.PartnershipOverview;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a proposed joint decision binds, as the forms name them, and the message after the
 * proposal.
 */
class JointProposalTest {

	private final PartnershipOverview overview = RelationalFixtures.activeWithAFunderAndAnEvaluator();

	private final Permissions commissioner = new Permissions(this.overview, true, false, "party-1", false);

	@Test
	void theBasisBindsEveryCurrentPartyButTheEvaluatorAndWaitsForAllButTheProposer() {
		JointProposal proposal = JointProposal.basis(this.commissioner);

		assertThat(proposal.binds()).containsExactly("Leeds City Council", "Pathways Charity",
				"Northshire Community Foundation");
		assertThat(proposal.proposer()).isEqualTo("Leeds City Council");
		assertThat(proposal.awaitedInWords()).isEqualTo("Pathways Charity and Northshire Community Foundation");
		assertThat(proposal.inForceAtOnce()).isFalse();
	}

	@Test
	void anAdaptationBindsThePartiesItsCategoryChangesTheObligationsOf() {
		assertThat(JointProposal.adaptation(this.commissioner, AdaptationCategory.SERVICE_DESIGN_CHANGE).binds())
			.containsExactly("Leeds City Council", "Pathways Charity");
		assertThat(JointProposal.adaptation(this.commissioner, AdaptationCategory.PRICE_OR_RATE_CHANGE).binds())
			.containsExactly("Leeds City Council", "Pathways Charity", "Northshire Community Foundation");
		assertThat(
				JointProposal.adaptation(this.commissioner, AdaptationCategory.OUTCOME_MEASURE_CHANGE).inForceAtOnce())
			.isTrue();
	}

	@Test
	void theMessageSaysWhetherTheDecisionIsInForceOrWhoItWaitsFor() {
		Accepted inForce = Accepted.partnership(this.overview.partnershipId(), 9);
		Accepted waiting = inForce.awaiting("jd-1", List.of("party-2", "party-funder", "party-x"));

		assertThat(Redirects.proposalMessage(this.overview, inForce, "Shared vision agreed", "Shared vision proposed"))
			.isEqualTo("Shared vision agreed");
		assertThat(Redirects.proposalMessage(this.overview, waiting, "Shared vision agreed", "Shared vision proposed"))
			.isEqualTo("Shared vision proposed: in force once Pathways Charity, Northshire Community Foundation "
					+ "and party-x confirm");
	}

}
