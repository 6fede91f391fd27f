package org.partnershipledger.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking a history against its hash chain and, optionally, a checkpoint.
 *
 * @param checkpointCreatedAt when the checkpoint checked against was made; {@code null}
 * without one
 * @param checkpointDigest the digest of that checkpoint's heads, which names it among the
 * checkpoints an auditor keeps; {@code null} without one
 * @param signatureValid whether the checkpoint's digest and signature hold (and it was
 * signed by the expected key, when one was given); {@code null} without a checkpoint
 * @param signatureProblem what is wrong with the checkpoint, in plain words; {@code null}
 * when nothing is
 * @param ledgerSignatures in plain words, whether and how the ledger's signatures on
 * chain links or events were checked
 * @param signaturesChecked how many chain links (an event store) or events (an export or
 * copy) had their signature checked against the ledger's public key; those that did not
 * verify are among the discrepancies, as {@link DiscrepancyKind#UNSIGNED}. {@code null}
 * when no key was given to check them with
 * @param clean true when nothing at all is wrong
 * @param discrepancies every altered, missing, reordered or rewritten event, ordered by
 * partnership and sequence number
 */
public record VerificationReport(int partnershipsChecked, long eventsChecked, Instant checkpointCreatedAt,
		String checkpointDigest, Boolean signatureValid, String signatureProblem, String ledgerSignatures,
		Long signaturesChecked, boolean clean, List<Discrepancy> discrepancies) {

	public VerificationReport {
		discrepancies = List.copyOf(discrepancies);
	}

}
