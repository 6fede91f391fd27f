package org.partnershipledger.query.audit;

import java.util.List;

import org.springframework.stereotype.Component;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.LedgerRequest;
import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.commands.CommandPrecondition;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.timeline.EventLogRepository;

/**
 * An audit finding rests only on events of its own partnership: each reference must name
 * one of them. Only an auditor's finding is checked, since anyone else is refused by the
 * command side before learning which events exist.
 */
@Component
class FindingEventReferences implements CommandPrecondition {

	private final EventLogRepository eventLog;

	FindingEventReferences(EventLogRepository eventLog) {
		this.eventLog = eventLog;
	}

	@Override
	public void check(CommandRoute.Call call, LedgerUser user, LedgerRequest request) {
		if (call.route() != CommandRoute.RAISE_FINDING || user.identity().role() != UserRole.AUDITOR) {
			return;
		}
		List<String> refs = ((RaiseAuditFindingRequest) request).eventRefs();
		this.eventLog.firstUnknown(call.partnershipId(), refs).ifPresent((unknown) -> {
			throw new BadParameterException("eventRefs[" + refs.indexOf(unknown) + "]",
					"There is no event " + unknown + " in this partnership");
		});
	}

}
