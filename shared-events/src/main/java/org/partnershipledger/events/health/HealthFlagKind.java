package org.partnershipledger.events.health;

/** What a relational health check calls attention to. */
public enum HealthFlagKind {

	/** A party's mean on an item is at or below the low mark. */
	LOW_ITEM,

	/** Two parties see an item very differently. */
	PERCEPTION_GAP,

	/** The overall mean fell markedly since the previous check. */
	DECLINING

}
