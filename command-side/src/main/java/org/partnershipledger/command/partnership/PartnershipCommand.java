package org.partnershipledger.command.partnership;

import org.partnershipledger.api.identity.Identity;

/**
 * A command to an existing partnership, issued by a person (or, where the identity is
 * {@code null}, by the ledger itself). The aggregate checks who may act before it says
 * whether the partnership still accepts the command.
 */
public interface PartnershipCommand {

	Identity identity();

}
