package org.partnershipledger.query.export;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.export.Ocds.Release;
import org.partnershipledger.query.export.Ocds.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each OCDS transaction names the payee its payment was made to, not the contract's first
 * supplier: the payee the payment was scheduled to, or for a payment scheduled before
 * payees were kept, the provider whose reports it pays for.
 */
class OcdsPayeeTest {

	private final TestEvents events = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));

	private List<EventEnvelope> twoSuppliers() {
		return List.of(this.events.registered("Two suppliers"),
				this.events.joined("party-1", "First Homes", TestEvents.uniqueIdentifier("GB-CHC"),
						PartyRole.LEAD_PROVIDER),
				this.events.joined("party-2", "Second Homes", TestEvents.uniqueIdentifier("GB-CHC"),
						PartyRole.DELIVERY_PARTNER),
				this.events.contract("contract-1", "party-1", "party-2"));
	}

	private static List<Transaction> transactions(List<EventEnvelope> history) {
		List<Release> releases = OcdsReleases.of(history, "ocds-test");
		return releases.get(releases.size() - 1).contracts().get(0).implementation().transactions();
	}

	@Test
	void aPaymentAndItsAdjustmentNameThePayeeItWasScheduledTo() {
		List<EventEnvelope> history = new ArrayList<>(twoSuppliers());
		history.add(this.events.paymentScheduledTo("payment-1", "party-2", "1000", "2025-07-31"));
		history.add(this.events.paymentMade("payment-1", "1000", "2025-07-30", "BACS 1"));
		history.add(this.events.paymentAdjusted("payment-1", "adjustment-1", PaymentAdjustmentKind.CLAWBACK, "100",
				"Overpaid"));

		assertThat(transactions(history)).extracting((transaction) -> transaction.payee().id())
			.containsExactly("party-2", "party-2");
		assertThat(transactions(history).get(0).payee().name()).isEqualTo("Second Homes");
	}

	@Test
	void aPaymentScheduledWithoutAPayeeIsPaidToTheProviderWhoseReportsItPaysFor() {
		List<EventEnvelope> history = new ArrayList<>(twoSuppliers());
		history.add(this.events.measureDefined("measure-1", "Tenancies sustained", "40"));
		history.add(this.events.outcomeReported("report-1", "party-2", "measure-1", "42"));
		history.add(this.events.reportVerified("report-1", "Checked"));
		history.add(this.events.paymentScheduled("payment-1", PaymentKind.OUTCOME, "1000", "2025-07-31", "report-1"));
		history.add(this.events.paymentMade("payment-1", "1000", "2025-07-30", "BACS 1"));

		assertThat(transactions(history)).extracting((transaction) -> transaction.payee().id())
			.containsExactly("party-2");
	}

}
