package org.partnershipledger.query.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.events.relational.JointBinding;
import org.partnershipledger.events.relational.JointDecisionKind;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.Dispute;
import org.partnershipledger.query.partnership.JointDecision;
import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * A joint decision a page proposes (DOMAIN.md §4, "Joint (J) decisions"): the parties it
 * binds, worked out as the command side does with {@link JointBinding} from the current
 * parties, their roles and the contract's suppliers, and the proposing person's party,
 * whose proposal counts as its own confirmation. The page says who will be asked to
 * confirm; nobody ticks another party's agreement.
 *
 * @param binds the parties the decision binds, by name
 * @param proposer the proposing person's party if the decision binds it, else
 * {@code null}
 * @param awaited the parties still to confirm once it is proposed: all it binds but the
 * proposer's
 * @param waiting the proposal about the same thing already waiting, if any (the command
 * side refuses another until it is confirmed or declined); else {@code null}
 */
public record JointProposal(List<String> binds, String proposer, List<String> awaited, Waiting waiting) {

	public JointProposal {
		binds = List.copyOf(binds);
		awaited = List.copyOf(awaited);
	}

	/** Vision, principles, governance or an alignment instrument. */
	public static JointProposal basis(Permissions permissions, JointDecisionKind kind) {
		return of(permissions, permissions.overview().bindsEveryPartyButEvaluators(), (proposal) -> true, kind);
	}

	/** An adaptation's agreement: the parties its category changes the obligations of. */
	public static JointProposal agreement(Permissions permissions, Adaptation adaptation) {
		return of(permissions, permissions.overview().bindsForAdaptation(adaptation.category()),
				(proposal) -> proposal.adaptationAgreement().adaptationId().equals(adaptation.adaptationId()),
				JointDecisionKind.ADAPTATION_AGREEMENT);
	}

	/** A dispute's resolution: the parties to the dispute. */
	public static JointProposal resolution(Permissions permissions, Dispute dispute) {
		return of(permissions, dispute.partyIds(),
				(proposal) -> proposal.disputeResolution().disputeId().equals(dispute.disputeId()),
				JointDecisionKind.DISPUTE_RESOLUTION);
	}

	private static JointProposal of(Permissions permissions, List<String> bindsPartyIds,
			Predicate<JointDecisionProposed> sameSubject, JointDecisionKind kind) {
		PartnershipOverview overview = permissions.overview();
		String own = permissions.ownPartyId();
		Optional<JointDecision> waiting = overview.pendingDecisions()
			.stream()
			.filter((pending) -> pending.kind() == kind && pending.proposal() != null
					&& sameSubject.test(pending.proposal()))
			.findFirst();
		return new JointProposal(PartyNames.of(overview, bindsPartyIds),
				bindsPartyIds.contains(own) ? PartyNames.of(overview, own) : null,
				PartyNames.of(overview, bindsPartyIds.stream().filter((partyId) -> !partyId.equals(own)).toList()),
				waiting
					.map((pending) -> new Waiting(pending.jointDecisionId(),
							PartyNames.inWords(PartyNames.of(overview, pending.awaitingPartyIds()))))
					.orElse(null));
	}

	/**
	 * Whether it binds the proposer's party alone, so it is in force as soon as proposed.
	 */
	public boolean inForceAtOnce() {
		return this.awaited.isEmpty();
	}

	/** The parties still to confirm, in words: "A, B and C". */
	public String awaitedInWords() {
		return PartyNames.inWords(this.awaited);
	}

	/**
	 * A proposal already waiting.
	 *
	 * @param awaitedInWords the parties it waits for, such as "A and B"
	 */
	public record Waiting(String jointDecisionId, String awaitedInWords) {

	}

}
