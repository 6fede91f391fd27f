package org.partnershipledger.query.projection;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.OverviewState;

/**
 * The fold's states of the partnerships the projection applied events to lately, kept so
 * that the next event is folded into a state in memory rather than one read back with
 * every item. A state is trusted only at the version stored: anything else (a rolled-back
 * transaction, another instance or a rebuild writing meanwhile) and it is read again.
 */
@Component
public class FoldedStates {

	/** How many partnerships' states are kept, the least recently used dropped first. */
	static final int KEPT = 256;

	private final OverviewRepository overviews;

	private final Map<String, OverviewState> states = new LinkedHashMap<>(KEPT, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, OverviewState> eldest) {
			return size() > KEPT;
		}

	};

	FoldedStates(OverviewRepository overviews) {
		this.overviews = overviews;
	}

	/**
	 * The partnership's state at the version stored, to fold its next event into; empty
	 * before its first. Call under the partnership's lock, and {@link #forget} it if what
	 * is folded into it is not stored.
	 */
	OverviewState at(String partnershipId, long storedVersion) {
		OverviewState kept;
		synchronized (this.states) {
			kept = this.states.remove(partnershipId);
		}
		if (kept != null && kept.version() == storedVersion) {
			return kept;
		}
		return (storedVersion < 0) ? OverviewState.empty()
				: this.overviews.state(partnershipId).orElseGet(OverviewState::empty);
	}

	/** Keeps a state that is stored, for the partnership's next event. */
	void keep(OverviewState state) {
		synchronized (this.states) {
			this.states.put(state.partnershipId(), state);
		}
	}

	/** Forgets a partnership's state, for example when a rebuild replaced it. */
	public void forget(String partnershipId) {
		synchronized (this.states) {
			this.states.remove(partnershipId);
		}
	}

}
