package org.partnershipledger.query.rebuild;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.partnershipledger.query.audit.Forwarded;

/**
 * The signed checkpoint the command side took when a rebuild finished, or why none was
 * taken. The rebuild finishes either way.
 *
 * @param createdAt when the checkpoint was taken; {@code null} when none was
 * @param digest its digest, which names it among the checkpoints auditors keep;
 * {@code null} when none was taken
 * @param problem why none was taken, in plain words; {@code null} when one was
 */
public record RebuildCheckpoint(Instant createdAt, String digest, String problem) {

	/** What the command side answered to the request for a checkpoint. */
	static RebuildCheckpoint of(Forwarded answer) {
		if (!answer.isOk()) {
			return notTaken(answer.problemDetail());
		}
		Taken taken = answer.as(Taken.class);
		if (taken.createdAt() == null || taken.digest() == null) {
			return notTaken("The command side's answer names no checkpoint");
		}
		return new RebuildCheckpoint(taken.createdAt(), taken.digest(), null);
	}

	static RebuildCheckpoint notTaken(String problem) {
		return new RebuildCheckpoint(null, null, problem);
	}

	public boolean taken() {
		return this.problem == null;
	}

	/** The date and digest of a checkpoint, as the command side answers them. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Taken(Instant createdAt, String digest) {

	}

}
