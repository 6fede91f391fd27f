package org.partnershipledger.query.decisions;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.query.identity.LedgerUser;

/**
 * {@code GET /api/v1/joint-decisions/waiting}: what waits for the person's own
 * organisation to confirm or decline.
 */
@RestController
@Tag(name = "Partnerships")
class WaitingDecisionsApiController {

	private final WaitingDecisions waiting;

	WaitingDecisionsApiController(WaitingDecisions waiting) {
		this.waiting = waiting;
	}

	@GetMapping("/api/v1/joint-decisions/waiting")
	@Operation(summary = "Joint decisions waiting for your organisation",
			description = "Every joint decision proposed in a partnership your organisation is a party to that binds "
					+ "it and that it has not confirmed yet, the longest waiting first. Confirm one with POST "
					+ "/api/v1/partnerships/{partnershipId}/joint-decisions/{jointDecisionId}/confirmation, or decline "
					+ "it with POST .../declining and a reason. Empty for auditors, who confirm nothing.")
	List<WaitingDecision> waiting(@AuthenticationPrincipal LedgerUser user) {
		return this.waiting.waitingFor(user.identity());
	}

}
