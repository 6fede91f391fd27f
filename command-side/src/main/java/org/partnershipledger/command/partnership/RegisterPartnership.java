package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.partnershipledger.events.api.RegisterPartnershipRequest;
import org.partnershipledger.events.identity.Identity;

/**
 * Register a partnership. The ids are chosen by the caller so that the answer can name
 * them and tests can predict them.
 *
 * @param occurredAt the business date, already resolved (never after now)
 */
public record RegisterPartnership(String partnershipId, String commissioningPartyId, Identity identity,
		RegisterPartnershipRequest request, Instant occurredAt) {

	public RegisterPartnership {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(commissioningPartyId, "commissioningPartyId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
