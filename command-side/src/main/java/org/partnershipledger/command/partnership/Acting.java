package org.partnershipledger.command.partnership;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.PartyRole;

/**
 * Who may act on a partnership, from the verified identity: a person acts for the party
 * whose identifier is their organisation's. Someone who is not a party (and not an
 * auditor) learns nothing, not even that the partnership exists; an auditor sees all and
 * changes nothing; an administrator acts on no partnership.
 */
final class Acting {

	private Acting() {
	}

	/** The party of a person who may change the partnership in some role. */
	static Party party(PartnershipState state, Identity identity) {
		if (identity.role() == UserRole.ADMIN) {
			throw PartnershipRejection.forbidden("An administrator acts on no partnership");
		}
		Party party = partyOf(state, identity);
		if (identity.role() == UserRole.AUDITOR) {
			throw PartnershipRejection.forbidden("An auditor reads everything and changes nothing");
		}
		if (party == null) {
			throw PartnershipRejection.notFound(state.partnershipId());
		}
		return party;
	}

	/** The party of a commissioner of a commissioning party. */
	static Party commissioner(PartnershipState state, Identity identity) {
		Party party = party(state, identity);
		if (identity.role() != UserRole.COMMISSIONER) {
			throw PartnershipRejection
				.forbidden("Only a commissioner of a commissioning party can do this; you are " + identity.role());
		}
		if (!party.holds(PartyRole.COMMISSIONER)) {
			throw PartnershipRejection.forbidden(party.name() + " is not a commissioning party of this partnership");
		}
		return party;
	}

	/** The party of a provider whose party holds LEAD_PROVIDER or DELIVERY_PARTNER. */
	static Party provider(PartnershipState state, Identity identity) {
		Party party = party(state, identity);
		if (identity.role() != UserRole.PROVIDER) {
			throw PartnershipRejection
				.forbidden("Only a provider of a provider party can do this; you are " + identity.role());
		}
		if (!party.isProvider()) {
			throw PartnershipRejection
				.forbidden(party.name() + " is not a lead provider or delivery partner of this partnership");
		}
		return party;
	}

	/** The party of a commissioner or a provider, each as above. */
	static Party commissionerOrProvider(PartnershipState state, Identity identity) {
		return (identity.role() == UserRole.PROVIDER) ? provider(state, identity) : commissioner(state, identity);
	}

	/** A provider, as above, acting for its own party and no other named. */
	static Party providerFor(PartnershipState state, Identity identity, String namedPartyId) {
		return forOwnParty(provider(state, identity), namedPartyId);
	}

	/**
	 * A commissioner or a provider, as above, acting for its own party and no other
	 * named.
	 */
	static Party commissionerOrProviderFor(PartnershipState state, Identity identity, String namedPartyId) {
		return forOwnParty(commissionerOrProvider(state, identity), namedPartyId);
	}

	/**
	 * Any party's person acting for their own party and no other named, whatever roles
	 * the party holds (a funder, investor, statutory partner or evaluator as much as the
	 * commissioner or a provider): where a rule names "each party", such as confirming
	 * minutes.
	 */
	static Party forItsOwnParty(PartnershipState state, Identity identity, String namedPartyId) {
		return forOwnParty(party(state, identity), namedPartyId);
	}

	/**
	 * Who may propose an adaptation, raise a dispute or escalate one: the commissioner or
	 * a provider, and in an alignment partnership a statutory partner too.
	 */
	static Party proposer(PartnershipState state, Identity identity) {
		Party party = party(state, identity);
		if (state.isAlignment() && party.holds(PartyRole.STATUTORY_PARTNER)) {
			return party;
		}
		return commissionerOrProvider(state, identity);
	}

	/** A proposer, as above, acting for its own party and no other named. */
	static Party proposerFor(PartnershipState state, Identity identity, String namedPartyId) {
		return forOwnParty(proposer(state, identity), namedPartyId);
	}

	/** A person acts only for their own party: a different party named is refused. */
	private static Party forOwnParty(Party acting, String namedPartyId) {
		if (namedPartyId != null && !namedPartyId.isBlank() && !namedPartyId.equals(acting.partyId())) {
			throw PartnershipRejection.forbidden("You act only for your own party, " + acting.name() + " ("
					+ acting.partyId() + "), not for party " + namedPartyId);
		}
		return acting;
	}

	private static Party partyOf(PartnershipState state, Identity identity) {
		if (identity.organisation() == null) {
			return null;
		}
		return state.parties()
			.values()
			.stream()
			.filter((party) -> party.identifier().equals(identity.organisation().identifier()))
			.findFirst()
			.orElse(null);
	}

}
