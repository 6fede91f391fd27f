package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.PrincipleCode;

/**
 * A party raised a dispute with other parties, naming the principles it believes were
 * breached; it starts at the first step of the dispute ladder in force, if there is one.
 */
@SchemaRevision("1")
public record DisputeRaised(String partnershipId, String disputeId, String raisedByPartyId, List<String> partyIds,
		String subject, String description, List<PrincipleCode> principlesAllegedlyBreached, DisputeStep step,
		Instant occurredAt) implements PartnershipEvent {

	public DisputeRaised {
		partyIds = (partyIds == null) ? List.of() : List.copyOf(partyIds);
		principlesAllegedlyBreached = (principlesAllegedlyBreached == null) ? List.of()
				: List.copyOf(principlesAllegedlyBreached);
	}

}
