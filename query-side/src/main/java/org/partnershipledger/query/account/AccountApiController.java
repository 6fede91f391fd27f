package org.partnershipledger.query.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.identity.UserDirectory;

/** {@code PUT /api/v1/me/password}: everyone changes their own password. */
@RestController
@Tag(name = "People")
class AccountApiController {

	private final UserDirectory directory;

	AccountApiController(UserDirectory directory) {
		this.directory = directory;
	}

	@PutMapping("/api/v1/me/password")
	@Operation(summary = "Change your own password, giving the current one (400 if it is wrong or the new one "
			+ "is shorter than 12 characters)")
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal LedgerUser user, @RequestBody PasswordChange change) {
		this.directory.changeOwnPassword(user.getUsername(), change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

}
