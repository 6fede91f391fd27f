package org.partnershipledger.query.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.identity.Identity;

/** {@code GET /api/v1/me}: who the API thinks you are. */
@RestController
@Tag(name = "People")
class MeApiController {

	@GetMapping("/api/v1/me")
	@Operation(summary = "Who you are signed in as; your username is the actor.userId on events")
	Identity me(@AuthenticationPrincipal LedgerUser user) {
		return user.identity();
	}

}
