package org.partnershipledger.query.web;

import java.util.List;

import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.JointBinding;
import org.partnershipledger.events.relational.JointBinding.Member;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.partnership.Contract;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Party;

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
 */
public record JointProposal(List<String> binds, String proposer, List<String> awaited) {

	public JointProposal {
		binds = List.copyOf(binds);
		awaited = List.copyOf(awaited);
	}

	/** Vision, principles, governance or an alignment instrument. */
	public static JointProposal basis(Permissions permissions) {
		return of(permissions, JointBinding.everyPartyButEvaluators(members(permissions.overview())));
	}

	/** An adaptation's agreement: the parties its category changes the obligations of. */
	public static JointProposal adaptation(Permissions permissions, AdaptationCategory category) {
		return of(permissions, JointBinding.forAdaptation(category, members(permissions.overview())));
	}

	/** A dispute's resolution, or any decision binding the parties named. */
	public static JointProposal of(Permissions permissions, List<String> bindsPartyIds) {
		PartnershipOverview overview = permissions.overview();
		String own = permissions.ownPartyId();
		return new JointProposal(PartyNames.of(overview, bindsPartyIds),
				bindsPartyIds.contains(own) ? PartyNames.of(overview, own) : null,
				PartyNames.of(overview, bindsPartyIds.stream().filter((partyId) -> !partyId.equals(own)).toList()));
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

	private static List<Member> members(PartnershipOverview overview) {
		Contract contract = overview.contract();
		List<String> suppliers = (contract != null) ? contract.supplierPartyIds() : List.of();
		return overview.currentParties()
			.stream()
			.map((Party party) -> new Member(party.partyId(), party.roles(), suppliers.contains(party.partyId())))
			.toList();
	}

}
