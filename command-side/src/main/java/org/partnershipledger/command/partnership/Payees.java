package org.partnershipledger.command.partnership;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnershipledger.api.FieldProblem;

import static org.partnershipledger.command.partnership.Guards.blankToNull;

/**
 * Who a payment is made to: a supplier of the contract in force. Named, or else the one
 * provider whose linked reports it pays for, or else the contract's only supplier.
 */
final class Payees {

	private Payees() {
	}

	/** The payee, refused (422, {@code payeePartyId}) when it is none of the above. */
	static String of(PartnershipState state, String named, List<String> linkedReportIds) {
		List<String> suppliers = (state.contract() == null) ? List.of() : state.contract().supplierPartyIds();
		String payee = blankToNull(named);
		if (payee != null) {
			if (!suppliers.contains(payee)) {
				throw refusal("Name a supplier of the contract as the payee; " + payee + " is not one ("
						+ String.join(", ", suppliers) + ")");
			}
			return payee;
		}
		Set<String> reporters = linkedReportIds.stream()
			.map((reportId) -> state.outcomeReports().get(reportId))
			.filter(Objects::nonNull)
			.map(OutcomeReport::providerPartyId)
			.collect(Collectors.toSet());
		if (reporters.size() == 1) {
			return reporters.iterator().next();
		}
		if (suppliers.size() == 1) {
			return suppliers.get(0);
		}
		throw refusal("The contract has " + suppliers.size() + " suppliers: name the one this payment is made to");
	}

	private static PartnershipRejection refusal(String message) {
		return PartnershipRejection.unprocessable("The payment's payee is not clear",
				List.of(new FieldProblem("payeePartyId", message)));
	}

}
