package org.partnershipledger.query.commands;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * Payments: scheduled, made and adjusted by the commissioner (never for an alignment
 * partnership). Each command is forwarded to the same path on the command side; its
 * answer is relayed as it is.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{partnershipId}/payments")
@Tag(name = "Commands")
class PaymentCommandApiController {

	private final CommandClient commands;

	PaymentCommandApiController(CommandClient commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Schedule a payment (commissioner); an OUTCOME payment links the verified outcome reports "
			+ "it pays for")
	ResponseEntity<Object> schedule(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody SchedulePaymentRequest request) {
		return forward(user, "/partnerships/{id}/payments", request, partnershipId);
	}

	@PostMapping("/{paymentId}/made")
	@Operation(summary = "Record that a scheduled payment was made (commissioner)")
	ResponseEntity<Object> made(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String paymentId, @RequestBody MakePaymentRequest request) {
		return forward(user, "/partnerships/{id}/payments/{pid}/made", request, partnershipId, paymentId);
	}

	@PostMapping("/{paymentId}/adjustments")
	@Operation(summary = "Adjust a payment: a service credit, clawback, amount withheld or released (commissioner)")
	ResponseEntity<Object> adjust(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String paymentId, @RequestBody AdjustPaymentRequest request) {
		return forward(user, "/partnerships/{id}/payments/{pid}/adjustments", request, partnershipId, paymentId);
	}

	private ResponseEntity<Object> forward(LedgerUser user, String template, Object request, Object... variables) {
		return CommandResponses
			.relay(this.commands.send(user.identity(), CommandClient.internalPath(template, variables), request));
	}

}
