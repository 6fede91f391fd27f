package org.partnershipledger.command.partnership;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.MetaData;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;
import org.partnershipledger.events.wire.EnvelopeMetaData;

/**
 * Who acted and under what authority, stored as Axon metadata under flat string keys
 * beside every event's payload. The keys and how they read back are
 * {@link EnvelopeMetaData}'s, shared with the relay and the audit.
 */
public final class EventMetaData {

	public static final String ACTOR_USER_ID = EnvelopeMetaData.ACTOR_USER_ID;

	public static final String ACTOR_DISPLAY_NAME = EnvelopeMetaData.ACTOR_DISPLAY_NAME;

	public static final String ACTOR_ROLE = EnvelopeMetaData.ACTOR_ROLE;

	public static final String ACTOR_PARTY_ID = EnvelopeMetaData.ACTOR_PARTY_ID;

	public static final String AUTHORITY_TYPE = EnvelopeMetaData.AUTHORITY_TYPE;

	public static final String AUTHORITY_REFERENCE = EnvelopeMetaData.AUTHORITY_REFERENCE;

	private EventMetaData() {
	}

	/** The metadata for an event done by a person for a party under an authority. */
	public static MetaData of(Identity identity, String partyId, Authority authority) {
		Authority stated = (authority == null) ? Authority.NONE : authority;
		Map<String, String> values = new HashMap<>();
		values.put(ACTOR_USER_ID, identity.username());
		values.put(ACTOR_DISPLAY_NAME, displayName(identity));
		values.put(ACTOR_ROLE, identity.role().actorRole().name());
		if (partyId != null) {
			values.put(ACTOR_PARTY_ID, partyId);
		}
		values.put(AUTHORITY_TYPE, stated.type().name());
		if (stated.reference() != null) {
			values.put(AUTHORITY_REFERENCE, stated.reference());
		}
		return MetaData.from(values);
	}

	/** The user id the ledger itself acts under, with role SYSTEM and no party. */
	public static final String SYSTEM_USER_ID = "system";

	/**
	 * The metadata for an event the ledger records by itself, such as a missed review
	 * noticed by the deadline sweep.
	 */
	public static MetaData system(String displayName) {
		Map<String, String> values = new HashMap<>();
		values.put(ACTOR_USER_ID, SYSTEM_USER_ID);
		values.put(ACTOR_DISPLAY_NAME, displayName);
		values.put(ACTOR_ROLE, ActorRole.SYSTEM.name());
		values.put(AUTHORITY_TYPE, AuthorityType.NONE.name());
		return MetaData.from(values);
	}

	/** The actor recorded in an event's metadata. */
	public static Actor actor(MetaData metaData) {
		return EnvelopeMetaData.actor(metaData);
	}

	/** The authority recorded in an event's metadata. */
	public static Authority authority(MetaData metaData) {
		return EnvelopeMetaData.authority(metaData);
	}

	private static String displayName(Identity identity) {
		String name = identity.displayName();
		return (name == null || name.isBlank()) ? identity.username() : name;
	}

}
