package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.PrincipleCode;

/**
 * A dispute between parties: the principles allegedly breached, the step of the dispute
 * ladder it is at now ({@code null} when no ladder was in force), every escalation oldest
 * first, and its resolution once resolved.
 */
public record Dispute(String disputeId, String raisedByPartyId, String raisedByPartyName, List<String> partyIds,
		String subject, String description, List<PrincipleCode> principlesAllegedlyBreached, DisputeStep step,
		Instant raisedAt, Actor raisedBy, List<DisputeEscalation> escalations, DisputeResolution resolution) {

	public Dispute {
		partyIds = (partyIds == null) ? List.of() : List.copyOf(partyIds);
		principlesAllegedlyBreached = (principlesAllegedlyBreached == null) ? List.of()
				: List.copyOf(principlesAllegedlyBreached);
		escalations = (escalations == null) ? List.of() : List.copyOf(escalations);
	}

	public boolean resolved() {
		return this.resolution != null;
	}

	Dispute escalated(DisputeEscalation escalation) {
		List<DisputeEscalation> all = new ArrayList<>(this.escalations);
		all.add(escalation);
		return new Dispute(this.disputeId, this.raisedByPartyId, this.raisedByPartyName, this.partyIds, this.subject,
				this.description, this.principlesAllegedlyBreached, escalation.toStep(), this.raisedAt, this.raisedBy,
				all, this.resolution);
	}

	Dispute resolvedWith(DisputeResolution value) {
		return new Dispute(this.disputeId, this.raisedByPartyId, this.raisedByPartyName, this.partyIds, this.subject,
				this.description, this.principlesAllegedlyBreached, this.step, this.raisedAt, this.raisedBy,
				this.escalations, value);
	}

}
