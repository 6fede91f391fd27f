package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentKind;

/**
 * {@code POST /api/v1/partnerships/{id}/payments}: the commissioner schedules a payment
 * to a supplier ({@code payeePartyId}; optional where the linked reports or the
 * contract's only supplier say who is paid).
 */
public record SchedulePaymentRequest(PaymentKind kind, Money amount, LocalDate dueOn, List<String> linkedReportIds,
		String description, String payeePartyId, Instant occurredAt, Authority authority) implements LedgerRequest {

	public SchedulePaymentRequest {
		linkedReportIds = (linkedReportIds == null) ? List.of() : List.copyOf(linkedReportIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.kind, "kind")
			.required(this.amount, "amount")
			.required(this.dueOn, "dueOn")
			.noEmptyValues(this.linkedReportIds, "linkedReportIds")
			.maxLength(this.description, 2000, "description")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
