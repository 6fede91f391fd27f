package org.partnershipledger.query.commands;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.LedgerRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * A check the web app makes before it forwards a command, for what only its own views
 * know; it throws to refuse. The command side still decides.
 */
public interface CommandPrecondition {

	void check(CommandRoute.Call call, LedgerUser user, LedgerRequest request);

}
