package org.partnershipledger.command.partnership;

import java.util.List;
import java.util.function.Function;

import org.axonframework.messaging.MetaData;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.model.Authority;

/**
 * What a command decided, before anything is stored: the events to apply, the metadata
 * they carry (who acted, under what authority) and the answer for the caller, made from
 * the partnership's version once the events are applied. A refused command decides
 * nothing: it throws a {@link PartnershipRejection} instead.
 *
 * @param <A> the answer's type: the new version, unless the command says more
 */
record Decision<A>(List<PartnershipEvent> events, MetaData metaData, Function<Long, A> answer) {

	Decision {
		events = List.copyOf(events);
	}

	/** One event, answered with the new version. */
	static Decision<Long> of(PartnershipEvent event, MetaData metaData) {
		return new Decision<>(List.of(event), metaData, Function.identity());
	}

	/**
	 * One event done by a person for their party (none for an auditor), answered with the
	 * new version.
	 */
	static Decision<Long> of(PartnershipEvent event, Identity identity, Party acting, Authority authority) {
		return of(event, EventMetaData.of(identity, (acting == null) ? null : acting.partyId(), authority));
	}

	/** Nothing to apply, and nothing refused: answered with the version as it is. */
	static Decision<Long> nothing() {
		return new Decision<>(List.of(), MetaData.emptyInstance(), Function.identity());
	}

	/** The same events, with an answer that says more than the version. */
	<B> Decision<B> answering(Function<Long, B> newAnswer) {
		return new Decision<>(this.events, this.metaData, newAnswer);
	}

}
