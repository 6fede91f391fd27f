package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.PrincipleCode;

/**
 * {@code POST /api/v1/partnerships/{id}/adaptations}: a commissioner or provider proposes
 * an adaptation. {@code proposedByPartyId} may be left empty: it is the party of the
 * person's organisation, and a person may propose only for that party. An empty
 * {@code expectedImpact} means no value or term change. A PAYMENT_MECHANISM_CHANGE names
 * the mechanism it moves to ({@code newPaymentMechanism}); no other category does.
 * {@code affectedPartyIds} (optional) records whom the proposer expects it to affect;
 * whose agreement it needs, and who may reject or implement it, follows from its category
 * and the parties' roles, not from this list.
 */
public record ProposeAdaptationRequest(String proposedByPartyId, AdaptationCategory category,
		AdaptationFormality formality, String title, String description, String rationale, List<String> triggerRefs,
		ExpectedImpact expectedImpact, List<String> affectedPartyIds, List<PrincipleCode> principlesInvoked,
		LocalDate proposedEffectiveDate, Boolean urgent, PaymentMechanism newPaymentMechanism, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public ProposeAdaptationRequest {
		triggerRefs = (triggerRefs == null) ? List.of() : List.copyOf(triggerRefs);
		expectedImpact = (expectedImpact == null) ? new ExpectedImpact(null, null, null, null) : expectedImpact;
		affectedPartyIds = (affectedPartyIds == null) ? List.of() : List.copyOf(affectedPartyIds);
		principlesInvoked = (principlesInvoked == null) ? List.of() : List.copyOf(principlesInvoked);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.category, "category")
			.required(this.formality, "formality")
			.required(this.title, "title")
			.maxLength(this.title, 200, "title")
			.required(this.description, "description")
			.maxLength(this.description, 5000, "description")
			.required(this.rationale, "rationale")
			.maxLength(this.rationale, 5000, "rationale")
			.noEmptyValues(this.triggerRefs, "triggerRefs")
			.noEmptyValues(this.expectedImpact.measuresAffected(), "expectedImpact.measuresAffected")
			.maxLength(this.expectedImpact.scopeSummary(), 2000, "expectedImpact.scopeSummary")
			.noEmptyValues(this.affectedPartyIds, "affectedPartyIds")
			.noEmptyValues(this.principlesInvoked, "principlesInvoked")
			.required(this.proposedEffectiveDate, "proposedEffectiveDate")
			.check(this.category != AdaptationCategory.PAYMENT_MECHANISM_CHANGE || this.newPaymentMechanism != null,
					"newPaymentMechanism", "Name the payment mechanism the change moves to")
			.check(this.category == AdaptationCategory.PAYMENT_MECHANISM_CHANGE || this.newPaymentMechanism == null,
					"newPaymentMechanism", "Only a payment mechanism change names a new payment mechanism")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

	/** Whether the proposal is urgent; empty means no. */
	public boolean isUrgent() {
		return Boolean.TRUE.equals(this.urgent);
	}

}
