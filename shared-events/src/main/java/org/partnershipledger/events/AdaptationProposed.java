package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.PrincipleCode;

/**
 * A party proposed a change to how the partnership works. A PAYMENT_MECHANISM_CHANGE
 * names the mechanism it moves to ({@code newPaymentMechanism}; {@code null} for every
 * other category, and for one proposed before it was recorded).
 */
@SchemaRevision("1")
public record AdaptationProposed(String partnershipId, String adaptationId, String proposedByPartyId,
		AdaptationCategory category, AdaptationFormality formality, String title, String description, String rationale,
		List<String> triggerRefs, ExpectedImpact expectedImpact, List<String> affectedPartyIds,
		List<PrincipleCode> principlesInvoked, LocalDate proposedEffectiveDate, boolean urgent,
		PaymentMechanism newPaymentMechanism, Instant occurredAt) implements PartnershipEvent {

	/** A proposal that changes no payment mechanism. */
	public AdaptationProposed(String partnershipId, String adaptationId, String proposedByPartyId,
			AdaptationCategory category, AdaptationFormality formality, String title, String description,
			String rationale, List<String> triggerRefs, ExpectedImpact expectedImpact, List<String> affectedPartyIds,
			List<PrincipleCode> principlesInvoked, LocalDate proposedEffectiveDate, boolean urgent,
			Instant occurredAt) {
		this(partnershipId, adaptationId, proposedByPartyId, category, formality, title, description, rationale,
				triggerRefs, expectedImpact, affectedPartyIds, principlesInvoked, proposedEffectiveDate, urgent, null,
				occurredAt);
	}

	@JsonCreator
	public AdaptationProposed {
		triggerRefs = List.copyOf(triggerRefs);
		affectedPartyIds = List.copyOf(affectedPartyIds);
		principlesInvoked = List.copyOf(principlesInvoked);
	}

}
