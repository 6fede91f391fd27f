package org.partnershipledger.query.admin;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.query.api.NotFoundException;
import org.partnershipledger.query.identity.DirectoryRejection;
import org.partnershipledger.query.identity.NewOrganisation;
import org.partnershipledger.query.identity.NewUser;
import org.partnershipledger.query.identity.UserAccount;
import org.partnershipledger.query.identity.UserDirectory;
import org.partnershipledger.query.projection.ParkedRecord;
import org.partnershipledger.query.projection.ParkedRecords;

/** Organisations and people, for administrators only (the security chain says so). */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration")
class AdminApiController {

	private final UserDirectory directory;

	private final ParkedRecords parked;

	AdminApiController(UserDirectory directory, ParkedRecords parked) {
		this.directory = directory;
		this.parked = parked;
	}

	@PostMapping("/organisations")
	@Operation(summary = "Create an organisation (409 if its identifier exists)")
	ResponseEntity<Organisation> createOrganisation(@RequestBody NewOrganisation request) {
		Organisation organisation = this.directory.createOrganisation(request);
		return ResponseEntity.created(URI.create("/api/v1/admin/organisations/" + organisation.identifier()))
			.body(organisation);
	}

	@GetMapping("/organisations")
	@Operation(summary = "Every organisation, by name")
	List<Organisation> organisations() {
		return this.directory.organisations();
	}

	@PostMapping("/users")
	@Operation(summary = "Create a person who may sign in (409 if the username is taken)")
	ResponseEntity<UserAccount> createUser(@RequestBody NewUser request) {
		UserAccount account = this.directory.createUser(request);
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + account.username())).body(account);
	}

	@GetMapping("/users")
	@Operation(summary = "Every person, by username")
	List<UserAccount> users() {
		return this.directory.users();
	}

	@PutMapping("/users/{username}/enabled")
	@Operation(summary = "Disable an account (nobody signs in with it, by password or token, from the next request) "
			+ "or enable it again, which also unlocks it after failed sign-ins; 404 if there is no such person")
	ResponseEntity<Void> setEnabled(@PathVariable String username, @RequestBody Enabled enabled) {
		if (enabled.enabled() == null) {
			throw DirectoryRejection.invalid(List.of(new FieldProblem("enabled", "Enter true or false")));
		}
		if (!this.directory.setEnabled(username, enabled.enabled())) {
			throw new NotFoundException("There is no person " + username);
		}
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/users/{username}/password")
	@Operation(summary = "Set a new password for someone (at least 12 characters); it unlocks the account")
	ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody NewPassword password) {
		if (!this.directory.userExists(username)) {
			throw new NotFoundException("There is no person " + username);
		}
		this.directory.resetPassword(username, password.password());
		return ResponseEntity.noContent().build();
	}

	record Enabled(Boolean enabled) {
	}

	record NewPassword(String password) {
	}

	@GetMapping("/parked-records")
	@Operation(summary = "Records the projections could not apply yet, and why (without their payloads: "
			+ "an administrator sees no partnership's content)")
	List<ParkedRecordSummary> parkedRecords() {
		return this.parked.all().stream().map(ParkedRecordSummary::of).toList();
	}

	/** A parked record as an administrator sees it: where and why, not what. */
	record ParkedRecordSummary(long id, String partnershipId, Long sequenceNumber, String reason, Instant parkedAt,
			int attempts, Instant lastAttemptAt) {

		static ParkedRecordSummary of(ParkedRecord record) {
			return new ParkedRecordSummary(record.id(), record.partnershipId(), record.sequenceNumber(),
					record.reason(), record.parkedAt(), record.attempts(), record.lastAttemptAt());
		}

	}

}
