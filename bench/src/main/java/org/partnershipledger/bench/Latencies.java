package org.partnershipledger.bench;

import java.util.Arrays;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Latencies of many requests, recorded from many threads, and their percentiles. */
final class Latencies {

	private long[] nanos = new long[1024];

	private int size;

	synchronized void add(long elapsedNanos) {
		if (this.size == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.size * 2);
		}
		this.nanos[this.size++] = elapsedNanos;
	}

	synchronized Summary summary() {
		long[] sorted = Arrays.copyOf(this.nanos, this.size);
		Arrays.sort(sorted);
		if (sorted.length == 0) {
			return new Summary(0, 0, 0, 0, 0, 0);
		}
		double mean = Arrays.stream(sorted).average().orElse(0);
		return new Summary(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
				millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]), millis(mean));
	}

	/** The nearest-rank percentile. */
	private static long percentile(long[] sorted, double percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static double millis(double nanos) {
		return Math.round(nanos / 10_000.0) / 100.0;
	}

	/** Count and percentiles, in milliseconds. */
	record Summary(long count, double p50, double p95, double p99, double max, double mean) {

		void into(ObjectNode node) {
			node.put("count", this.count);
			node.put("p50Ms", this.p50);
			node.put("p95Ms", this.p95);
			node.put("p99Ms", this.p99);
			node.put("maxMs", this.max);
			node.put("meanMs", this.mean);
		}

	}

}
