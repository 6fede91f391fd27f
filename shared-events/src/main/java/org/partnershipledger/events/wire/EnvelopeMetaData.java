package org.partnershipledger.events.wire;

import java.util.Map;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;

/**
 * The event store's metadata keys and how they become the envelope's actor, authority and
 * ids. The command side writes these keys beside every event; the relay and the audit
 * read them back here, so a stored event and its published envelope agree.
 */
public final class EnvelopeMetaData {

	public static final String ACTOR_USER_ID = "actorUserId";

	public static final String ACTOR_DISPLAY_NAME = "actorDisplayName";

	public static final String ACTOR_ROLE = "actorRole";

	public static final String ACTOR_PARTY_ID = "actorPartyId";

	public static final String AUTHORITY_TYPE = "authorityType";

	public static final String AUTHORITY_REFERENCE = "authorityReference";

	/**
	 * Axon's {@code MessageOriginProvider}: the root message's id, the correlation id.
	 */
	public static final String TRACE_ID = "traceId";

	/**
	 * Axon's {@code MessageOriginProvider}: the parent message's id, the causation id.
	 */
	public static final String PARENT_ID = "correlationId";

	private EnvelopeMetaData() {
	}

	/** The actor recorded in an event's metadata. */
	public static Actor actor(Map<String, ?> metaData) {
		return new Actor(text(metaData, ACTOR_USER_ID), text(metaData, ACTOR_DISPLAY_NAME),
				ActorRole.valueOf(text(metaData, ACTOR_ROLE)), text(metaData, ACTOR_PARTY_ID));
	}

	/** The authority recorded in an event's metadata; NONE when there is none. */
	public static Authority authority(Map<String, ?> metaData) {
		String type = text(metaData, AUTHORITY_TYPE);
		return (type == null) ? Authority.NONE
				: new Authority(AuthorityType.valueOf(type), text(metaData, AUTHORITY_REFERENCE));
	}

	/** The envelope's correlation id: the id of the message that started the chain. */
	public static String correlationId(Map<String, ?> metaData) {
		return text(metaData, TRACE_ID);
	}

	/** The envelope's causation id: the id of the message that caused the event. */
	public static String causationId(Map<String, ?> metaData) {
		return text(metaData, PARENT_ID);
	}

	private static String text(Map<String, ?> metaData, String key) {
		Object value = metaData.get(key);
		return (value == null) ? null : value.toString();
	}

}
