package org.partnershipledger.query.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.events.relational.JointDecisionKind;
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
		JointProposal proposal = JointProposal.basis(this.commissioner, JointDecisionKind.SHARED_VISION);

		assertThat(proposal.binds()).containsExactly("Leeds City Council", "Pathways Charity",
				"Northshire Community Foundation");
		assertThat(proposal.proposer()).isEqualTo("Leeds City Council");
		assertThat(proposal.awaitedInWords()).isEqualTo("Pathways Charity and Northshire Community Foundation");
		assertThat(proposal.inForceAtOnce()).isFalse();
		assertThat(proposal.waiting()).isNull();
	}

	@Test
	void anAdaptationsAgreementBindsThePartiesItsCategoryChangesTheObligationsOf() {
		assertThat(agreementOf(RelationalFixtures.PROPOSED).binds()).containsExactly("Leeds City Council",
				"Pathways Charity");
		assertThat(agreementOf(RelationalFixtures.AGREED).binds()).containsExactly("Leeds City Council",
				"Pathways Charity", "Northshire Community Foundation");
	}

	@Test
	void aProposalAboutTheSameThingStillWaitingIsNamedWithThePartiesItWaitsFor() {
		Permissions vision = new Permissions(JointDecisionFixtures.visionProposed(), true, false, "party-1", false);
		assertThat(JointProposal.basis(vision, JointDecisionKind.SHARED_VISION).waiting())
			.isEqualTo(new JointProposal.Waiting(JointDecisionFixtures.DECISION, "Pathways Charity"));
		assertThat(JointProposal.basis(vision, JointDecisionKind.GUIDING_PRINCIPLES).waiting()).isNull();

		PartnershipOverview agreement = JointDecisionFixtures.agreementProposed();
		Permissions commissioner = new Permissions(agreement, true, false, "party-1", false);
		assertThat(
				JointProposal.agreement(commissioner, agreement.adaptation(RelationalFixtures.PROPOSED).orElseThrow())
					.waiting())
			.isEqualTo(new JointProposal.Waiting(JointDecisionFixtures.DECISION, "Pathways Charity"));
		assertThat(JointProposal.agreement(commissioner, agreement.adaptation(RelationalFixtures.AGREED).orElseThrow())
			.waiting()).isNull();
	}

	private JointProposal agreementOf(String adaptationId) {
		return JointProposal.agreement(this.commissioner, this.overview.adaptation(adaptationId).orElseThrow());
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
