package org.partnershipledger.events.relational;

import java.util.List;
import java.util.function.Predicate;

import org.partnershipledger.events.model.PartyRole;

/**
 * Which parties a joint decision binds (DOMAIN.md §4, "Joint (J) decisions"): they follow
 * from the decision's kind and the parties' roles, never from the proposer's choice. The
 * command side decides with it and the pages say with it who will be asked to confirm.
 */
public final class JointBinding {

	private JointBinding() {
	}

	/**
	 * Vision, principles, governance and an alignment instrument bind every current party
	 * except those that only evaluate.
	 */
	public static List<String> everyPartyButEvaluators(List<Member> parties) {
		return where(parties, (party) -> party.roles().stream().anyMatch((role) -> role != PartyRole.EVALUATOR));
	}

	/**
	 * An adaptation binds the commissioning party and every party whose obligations its
	 * category changes: for price, payment mechanism, scope, term, risk and party changes
	 * every supplier or funder; for changes to the service delivered (its design, volume,
	 * or an emergency change) the delivering providers.
	 */
	public static List<String> forAdaptation(AdaptationCategory category, List<Member> parties) {
		Predicate<Member> changed = switch (category) {
			case PRICE_OR_RATE_CHANGE, PAYMENT_MECHANISM_CHANGE, SCOPE_CHANGE, TERM_EXTENSION, TERM_REDUCTION,
					RISK_REALLOCATION, PARTY_CHANGE ->
				(party) -> party.supplier() || party.delivers() || party.roles().contains(PartyRole.FUNDER)
						|| party.roles().contains(PartyRole.INVESTOR);
			case SERVICE_DESIGN_CHANGE, VOLUME_CHANGE, EMERGENCY_CHANGE -> Member::delivers;
			case OUTCOME_MEASURE_CHANGE, GOVERNANCE_CHANGE, PRINCIPLES_OR_VISION_CHANGE, CORRECTION -> (party) -> false;
		};
		return where(parties, (party) -> party.roles().contains(PartyRole.COMMISSIONER) || changed.test(party));
	}

	private static List<String> where(List<Member> parties, Predicate<Member> test) {
		return parties.stream().filter(test).map(Member::partyId).toList();
	}

	/**
	 * A current party, as the binding rules see it.
	 *
	 * @param supplier whether the contract in force names it as a supplier
	 */
	public record Member(String partyId, List<PartyRole> roles, boolean supplier) {

		public Member {
			roles = List.copyOf(roles);
		}

		/** Whether it delivers the service: a lead provider or delivery partner. */
		boolean delivers() {
			return this.roles.stream().anyMatch(PartyRole::isProviderRole);
		}

	}

}
