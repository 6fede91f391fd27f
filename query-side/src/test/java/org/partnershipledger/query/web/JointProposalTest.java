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
		assertThat(proposal.stillWaitingFor()).isNull();
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
		PartnershipOverview waiting = RelationalFixtures.withProposalsWaiting();
		Permissions permissions = new Permissions(waiting, true, false, "party-1", false);

		assertThat(JointProposal.basis(permissions, JointDecisionKind.SHARED_VISION).stillWaitingFor())
			.isEqualTo("Pathways Charity");
		assertThat(JointProposal.basis(permissions, JointDecisionKind.GUIDING_PRINCIPLES).stillWaitingFor()).isNull();
		assertThat(JointProposal.agreement(permissions, waiting.adaptation(RelationalFixtures.PROPOSED).orElseThrow())
			.stillWaitingFor()).isEqualTo("Pathways Charity");
		assertThat(JointProposal.agreement(permissions, waiting.adaptation(RelationalFixtures.AGREED).orElseThrow())
			.stillWaitingFor()).isNull();
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
