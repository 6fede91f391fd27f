package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.PrincipleCode;

/** A party proposed a change to how the partnership works. */
@SchemaRevision("1")
public record AdaptationProposed(String partnershipId, String adaptationId, String proposedByPartyId,
		AdaptationCategory category, AdaptationFormality formality, String title, String description, String rationale,
		List<String> triggerRefs, ExpectedImpact expectedImpact, List<String> affectedPartyIds,
		List<PrincipleCode> principlesInvoked, LocalDate proposedEffectiveDate, boolean urgent,
		Instant occurredAt) implements PartnershipEvent {

	public AdaptationProposed {
		triggerRefs = List.copyOf(triggerRefs);
		affectedPartyIds = List.copyOf(affectedPartyIds);
		principlesInvoked = List.copyOf(principlesInvoked);
	}

}
