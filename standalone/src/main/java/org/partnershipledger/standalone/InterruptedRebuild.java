package org.partnershipledger.standalone;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rebuild of the views that the last stop interrupted (Ctrl-C while it ran) is started
 * again, so that what an administrator began is finished. A run the web app could still
 * mark as stopped is restarted at once; one left running by a web app that was killed
 * counts as abandoned only after a while, so it is tried again in the background until
 * the web app takes it.
 */
final class InterruptedRebuild {

	private static final String PATH = "/api/v1/admin/rebuild";

	private static final String STOPPED = "Stopped without finishing";

	private static final Duration TRY_FOR = Duration.ofMinutes(5);

	private static final Duration TRY_EVERY = Duration.ofSeconds(10);

	private final LedgerApi admin;

	private final PrintStream out;

	InterruptedRebuild(LedgerApi admin, PrintStream out) {
		this.admin = admin;
		this.out = out;
	}

	/** Starts the interrupted rebuild again, if the latest one was interrupted. */
	void resume() {
		LedgerApi.Response latest = this.admin.get(PATH);
		if (latest.status() != 200) {
			return;
		}
		JsonNode run = latest.json();
		String state = run.path("state").asText();
		boolean interrupted = "FAILED".equals(state) && run.path("failures").toString().contains(STOPPED);
		if (!interrupted && !"RUNNING".equals(state)) {
			return;
		}
		this.out.println("Rebuild " + run.path("id").asText() + " of the views was interrupted by the last stop; "
				+ "starting it again ...");
		if (!start()) {
			Thread retry = new Thread(this::keepTrying, "ledger-rebuild-resume");
			retry.setDaemon(true);
			retry.start();
		}
	}

	private boolean start() {
		LedgerApi.Response started = this.admin.post(PATH, "{}");
		if (started.status() == 202) {
			this.out.println("Rebuild " + started.json().path("id").asText() + " of the views started.");
			return true;
		}
		return false;
	}

	/**
	 * Until the abandoned run is given up by the web app, which then admits a new one.
	 */
	private void keepTrying() {
		Instant deadline = Instant.now().plus(TRY_FOR);
		try {
			while (Instant.now().isBefore(deadline)) {
				Thread.sleep(TRY_EVERY.toMillis());
				if (start()) {
					return;
				}
			}
			this.out.println("The interrupted rebuild could not be started again; start it from the Rebuild page.");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			this.out.println("The interrupted rebuild was not started again (" + ex.getMessage()
					+ "); start it from the Rebuild page.");
		}
	}

}
