package org.partnershipledger.query.rebuild;

/** A rebuild was asked for while another was running: only one runs at a time. */
public class RebuildRefused extends RuntimeException {

	private final RebuildProgress running;

	RebuildRefused(RebuildProgress running) {
		super("A rebuild is already running: started by " + running.startedBy() + " at " + running.startedAt() + ", "
				+ running.eventsDone() + " of " + running.eventsTotal()
				+ " events done. Wait for it to finish, then start another if you need one.");
		this.running = running;
	}

	public RebuildProgress running() {
		return this.running;
	}

}
