package org.partnershipledger.query.audit;

import java.util.List;

import org.partnershipledger.audit.Discrepancy;
import org.partnershipledger.audit.DiscrepancyKind;
import org.partnershipledger.audit.VerificationReport;

/**
 * How one history held up against the ledger's public key, for the page: how many of its
 * chain links or events were checked against the key and which of them the ledger did not
 * sign.
 *
 * @param unit what was checked, in the plural: chain links (the event store) or events
 * (the copy the pages read)
 * @param checked how many; {@code null} when no key was given to check them with
 * @param unsigned those the ledger did not sign, by partnership and sequence number
 * @param how in plain words, whether and how they were checked, as the report says
 */
public record SignatureResults(String unit, Long checked, List<Discrepancy> unsigned, String how) {

	public SignatureResults {
		unsigned = List.copyOf(unsigned);
	}

	/** The results in the report; {@code null} without a report. */
	static SignatureResults of(VerificationReport report, String unit) {
		if (report == null) {
			return null;
		}
		List<Discrepancy> unsigned = report.discrepancies()
			.stream()
			.filter((discrepancy) -> discrepancy.kind() == DiscrepancyKind.UNSIGNED)
			.toList();
		return new SignatureResults(unit, report.signaturesChecked(), unsigned, report.ledgerSignatures());
	}

	/** How many of those checked carry the ledger's signature. */
	public long signed() {
		return (this.checked != null) ? this.checked - this.unsigned.size() : 0;
	}

}
