package org.partnershipledger.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The HTTP status codes seen, counted; a request that got no answer counts under the name
 * of its exception.
 */
final class Statuses {

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	void add(Api.Result result) {
		this.counts.computeIfAbsent(result.statusName(), (key) -> new LongAdder()).increment();
	}

	long count(String status) {
		LongAdder adder = this.counts.get(status);
		return (adder == null) ? 0 : adder.sum();
	}

	/** Answers with a 5xx status, and requests that got no answer. */
	long serverErrorsAndFailures() {
		return this.counts.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("5") || !Character.isDigit(entry.getKey().charAt(0)))
			.mapToLong((entry) -> entry.getValue().sum())
			.sum();
	}

	Map<String, Long> asMap() {
		return new TreeMap<>(this.counts.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().sum())));
	}

	void into(ObjectNode node) {
		asMap().forEach(node::put);
	}

	@Override
	public String toString() {
		return asMap().entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ":" + entry.getValue())
			.collect(Collectors.joining(" "));
	}

}
