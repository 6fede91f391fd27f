package org.partnershipledger.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking a history against its hash chain and, optionally, a checkpoint.
 *
 * @param checkpointCreatedAt when the checkpoint checked against was made; {@code null}
 * without one
 * @param signatureValid whether the checkpoint's digest and signature hold (and it was
 * signed by the expected key, when one was given); {@code null} without a checkpoint
 * @param signatureProblem what is wrong with the checkpoint, in plain words; {@code null}
 * when nothing is
 * @param clean true when nothing at all is wrong
 * @param discrepancies every altered, missing, reordered or rewritten event, ordered by
 * partnership and sequence number
 */
public record VerificationReport(int partnershipsChecked, long eventsChecked, Instant checkpointCreatedAt,
		Boolean signatureValid, String signatureProblem, boolean clean, List<Discrepancy> discrepancies) {

	public VerificationReport {
		discrepancies = List.copyOf(discrepancies);
	}

}
