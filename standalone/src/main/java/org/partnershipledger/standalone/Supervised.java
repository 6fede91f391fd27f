package org.partnershipledger.standalone;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** A part of the system that runs as a process the {@link Supervisor} watches. */
interface Supervised {

	/** What people call it: "the web app", "PostgreSQL". */
	String name();

	/** Whether its process still runs. */
	boolean isRunning();

	/** Its exit code once it has stopped, {@code null} while it runs or when unknown. */
	Integer exitCode();

	/** Where its output goes. */
	Path log();

	/** Its process id, -1 when it has none. */
	long pid();

	/**
	 * Starts it again, with the same settings and port, once it has stopped; returns when
	 * it is ready again.
	 */
	void restart() throws IOException, InterruptedException;

	/**
	 * Sends it a signal and waits for it to stop; false if it still runs at the timeout.
	 */
	boolean stop(ChildProcess.Signal signal, Duration timeout) throws InterruptedException;

}
