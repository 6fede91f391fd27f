package org.partnershipledger.command.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.MoneyCommands.AdjustPayment;
import org.partnershipledger.command.partnership.MoneyCommands.MakePayment;
import org.partnershipledger.command.partnership.MoneyCommands.SchedulePayment;

import static org.partnershipledger.command.api.CommandSupport.created;
import static org.partnershipledger.command.api.CommandSupport.newId;

/**
 * Payments on the internal API: scheduled, made, adjusted; never on an alignment
 * partnership. Every answer's Location is the payment.
 */
@RestController
@RequestMapping("/internal/v1/partnerships/{partnershipId}/payments")
class PaymentCommandController {

	private final CommandSupport support;

	PaymentCommandController(CommandSupport support) {
		this.support = support;
	}

	@PostMapping
	ResponseEntity<Accepted> schedule(Identity identity, @PathVariable String partnershipId,
			@RequestBody SchedulePaymentRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String paymentId = newId();
		return answer(partnershipId, paymentId,
				this.support.send(new SchedulePayment(partnershipId, paymentId, identity, request, occurredAt)));
	}

	@PostMapping("/{paymentId}/made")
	ResponseEntity<Accepted> made(Identity identity, @PathVariable String partnershipId, @PathVariable String paymentId,
			@RequestBody MakePaymentRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, paymentId,
				this.support.send(new MakePayment(partnershipId, paymentId, identity, request, occurredAt)));
	}

	@PostMapping("/{paymentId}/adjustments")
	ResponseEntity<Accepted> adjust(Identity identity, @PathVariable String partnershipId,
			@PathVariable String paymentId, @RequestBody AdjustPaymentRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, paymentId,
				this.support.send(new AdjustPayment(partnershipId, paymentId, newId(), identity, request, occurredAt)));
	}

	private static ResponseEntity<Accepted> answer(String partnershipId, String paymentId, long version) {
		return created(partnershipId + "/payments/" + paymentId, Accepted.payment(partnershipId, paymentId, version));
	}

}
