package org.partnershipledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * N clients that each send one command, wait for its answer and send the next, for a
 * while: the throughput of N integrators working as fast as the system lets them.
 */
final class ClosedLoop {

	private ClosedLoop() {
	}

	/**
	 * Runs {@code clients} clients for {@code duration}; {@code partnershipFor} picks the
	 * partnership of a client's next command (by client number).
	 */
	static Step run(Api api, int clients, Duration duration, IntFunction<String> partnershipFor)
			throws InterruptedException {
		return requests(clients, duration,
				(client) -> api.post(Ledger.noticePath(partnershipFor.apply(client)), Ledger.noticeBody()));
	}

	/** Runs {@code clients} clients for {@code duration}, each sending its requests. */
	static Step requests(int clients, Duration duration, IntFunction<Api.Result> request) throws InterruptedException {
		Latencies latencies = new Latencies();
		Statuses statuses = new Statuses();
		long started = System.nanoTime();
		long deadline = started + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			int client = i;
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < deadline) {
					Api.Result result = request.apply(client);
					latencies.add(result.nanos());
					statuses.add(result);
				}
			}, "bench-client-" + i);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Step(clients, seconds, latencies.summary(), statuses);
	}

	/** One step's outcome: accepted commands per second, latencies and statuses. */
	record Step(int clients, double seconds, Latencies.Summary latencies, Statuses statuses) {

		long accepted() {
			return this.statuses.asMap()
				.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().startsWith("2"))
				.mapToLong(Map.Entry::getValue)
				.sum();
		}

		double perSecond() {
			return Report.round(accepted() / this.seconds);
		}

		ObjectNode json() {
			ObjectNode node = Api.JSON.createObjectNode();
			node.put("clients", this.clients);
			node.put("seconds", Report.round(this.seconds));
			node.put("accepted", accepted());
			node.put("commandsPerSecond", perSecond());
			this.latencies.into(node.putObject("latency"));
			this.statuses.into(node.putObject("statuses"));
			return node;
		}

		void row(Table table, String shape) {
			table.row(shape, this.clients, perSecond(), this.latencies.p50(), this.latencies.p99(),
					this.latencies.max(), this.statuses.toString());
		}

	}

}
