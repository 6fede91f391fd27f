package org.partnershipledger.standalone;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link InvariantCheck} found: the figures it counted, every invariant that does
 * not hold (one line each), and what it could not check.
 *
 * @param settledIn how long the views took to catch up before the check; {@code null}
 * when they did not
 * @param topicDuplicates records on the topic that repeat an event already there (sent
 * again after a failure: delivery is at least once; the views ignore them)
 * @param rebuiltRows rows of the read models compared against a rebuild; -1 when not
 * compared
 */
public record InvariantReport(long events, int partnerships, long topicRecords, long topicDuplicates, long copiedEvents,
		int overviews, int parked, int rebuiltTables, int rebuiltRows, Duration settledIn, Duration took,
		List<String> violations, List<String> notChecked) {

	public InvariantReport {
		violations = List.copyOf(violations);
		notChecked = List.copyOf(notChecked);
	}

	public boolean holds() {
		return this.violations.isEmpty();
	}

	/** The report as {@code check} prints it. */
	public void print(PrintStream out) {
		out.println("Event store: " + this.events + " events in " + this.partnerships + " partnerships.");
		out.println("Topic: " + this.topicRecords + " records, " + this.topicDuplicates
				+ " of them sent again (ignored by the views).");
		out.println("Web app's copy: " + this.copiedEvents + " events; overviews: " + this.overviews
				+ "; parked records: " + this.parked + ".");
		if (this.rebuiltRows >= 0) {
			out.println("Views against a rebuild: " + this.rebuiltRows + " rows in " + this.rebuiltTables
					+ " tables compared.");
		}
		out.println((this.settledIn != null)
				? "The views had caught up " + this.settledIn.toMillis() + " ms after the check began."
				: "The views had not caught up.");
		this.notChecked.forEach((what) -> out.println("Not checked: " + what + "."));
		this.violations.forEach((violation) -> out.println("VIOLATION " + violation));
		int problems = this.violations.size();
		out.println(holds() ? "Every invariant holds (checked in " + this.took.toMillis() + " ms)."
				: problems + " violation" + ((problems == 1) ? "" : "s") + " found.");
	}

	/** Collects a report while the checks run. */
	static final class Builder {

		private final List<String> violations = new ArrayList<>();

		private final List<String> notChecked = new ArrayList<>();

		private long events;

		private int partnerships;

		private long topicRecords;

		private long topicDuplicates;

		private long copiedEvents;

		private int overviews;

		private int parked;

		private int rebuiltTables;

		private int rebuiltRows = -1;

		private Duration settledIn;

		void violation(String violation) {
			this.violations.add(violation);
		}

		void notChecked(String what) {
			this.notChecked.add(what);
		}

		void stored(long events, int partnerships) {
			this.events = events;
			this.partnerships = partnerships;
		}

		void topic(long records, long duplicates) {
			this.topicRecords = records;
			this.topicDuplicates = duplicates;
		}

		void copied(long events) {
			this.copiedEvents = events;
		}

		void overviews(int overviews) {
			this.overviews = overviews;
		}

		void parked(int parked) {
			this.parked = parked;
		}

		void rebuilt(int tables, int rows) {
			this.rebuiltTables = tables;
			this.rebuiltRows = rows;
		}

		void settledIn(Duration settledIn) {
			this.settledIn = settledIn;
		}

		InvariantReport build(Duration took) {
			return new InvariantReport(this.events, this.partnerships, this.topicRecords, this.topicDuplicates,
					this.copiedEvents, this.overviews, this.parked, this.rebuiltTables, this.rebuiltRows,
					this.settledIn, took, this.violations, this.notChecked);
		}

	}

}
