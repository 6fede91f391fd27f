package org.partnershipledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * B1: commands per second through the public API at 1 to 64 clients, each client a closed
 * loop (send, wait, send), spread over many partnerships and all on one; then the
 * hot-partnership check: 64 clients on one partnership while one client works on the
 * others, whose p99 is compared with its p99 alone.
 */
final class CommandThroughput {

	private final Ledger ledger;

	private final Duration duration;

	private final List<Integer> clients;

	private final List<String> partnerships;

	private final String hot;

	CommandThroughput(Ledger ledger, Duration duration, List<Integer> clients, List<String> partnerships, String hot) {
		this.ledger = ledger;
		this.duration = duration;
		this.clients = clients;
		this.partnerships = partnerships;
		this.hot = hot;
	}

	/** The results; {@code maxPerSecond} is the most commands/s of the spread runs. */
	ObjectNode run(Report report, int hotClients) throws InterruptedException {
		ObjectNode node = Api.JSON.createObjectNode();
		node.put("command", "POST /api/v1/partnerships/{id}/transparency-notices (commissioner, personal API token)");
		node.put("partnerships", this.partnerships.size());
		node.put("secondsPerStep", this.duration.toSeconds());
		Api api = this.ledger.commissioner();
		ClosedLoop.run(api, 4, Duration.ofMillis(Math.min(3000, this.duration.toMillis())), (client) -> spread());
		Table table = report.table("B1  Commands through the public API (closed loop; latency in ms)", "shape",
				"clients", "commands/s", "p50", "p99", "max", "statuses");
		ArrayNode spread = node.putArray("spread");
		double max = 0;
		List<ObjectNode> cpu = new ArrayList<>();
		for (int count : this.clients) {
			CpuShares.Sample before = CpuShares.sample();
			ClosedLoop.Step step = ClosedLoop.run(api, count, this.duration, (client) -> spread());
			ObjectNode shares = CpuShares.between(before, CpuShares.sample(), step.accepted());
			shares.put("clients", count);
			cpu.add(shares);
			spread.add(step.json().set("cpu", shares));
			step.row(table, "spread over " + this.partnerships.size());
			max = Math.max(max, step.perSecond());
		}
		cpuTable(report, cpu);
		node.put("maxPerSecond", max);
		ArrayNode one = node.putArray("onePartnership");
		for (int count : this.clients) {
			ClosedLoop.Step step = ClosedLoop.run(api, count, this.duration, (client) -> this.hot);
			one.add(step.json());
			step.row(table, "one partnership");
		}
		hotPartnership(node.putObject("hotPartnership"), report, api, hotClients);
		floor(node.putObject("requestFloor"), report, api);
		return node;
	}

	/**
	 * Where the CPU went per accepted command at each concurrency level of the spread
	 * runs: what limits B1 once the machine is busy.
	 */
	private static void cpuTable(Report report, List<ObjectNode> steps) {
		List<String> columns = new ArrayList<>(List.of("clients"));
		columns.addAll(CpuShares.PARTS);
		columns.addAll(List.of("all", "in the kernel", "machine busy"));
		Table table = report
			.table("B1  CPU per accepted command by process, spread runs (ms; the system's share of it in the kernel, "
					+ "and machine busy as a share of every core)", columns.toArray(String[]::new));
		for (ObjectNode step : steps) {
			List<Object> cells = new ArrayList<>(List.of(step.path("clients").asInt()));
			CpuShares.PARTS.forEach((part) -> cells.add(step.path(part).path("msPerCommand").asDouble()));
			cells.add(step.path("cpuMsPerCommand").asDouble());
			cells.add(step.path("kernelShareOfSystem").asDouble());
			cells.add(step.path("machineBusyShare").asDouble());
			table.row(cells.toArray());
		}
	}

	/**
	 * What any request costs, one client at a time: an anonymous health check, and the
	 * cheapest signed-in read ({@code GET /api/v1/me}) with an API token and with HTTP
	 * Basic, which differ by what signing in costs.
	 */
	private void floor(ObjectNode node, Report report, Api api) throws InterruptedException {
		Duration each = Duration.ofMillis(Math.min(3000, this.duration.toMillis()));
		Api anonymous = new Api(this.ledger.webUrl(), null, null);
		ClosedLoop.Step health = ClosedLoop.requests(1, each, (client) -> anonymous.get("/actuator/health/liveness"));
		ClosedLoop.Step me = ClosedLoop.requests(1, each, (client) -> api.get("/api/v1/me"));
		Api basic = this.ledger.withBasic(Ledger.COMMISSIONER);
		ClosedLoop.Step basicMe = ClosedLoop.requests(1, each, (client) -> basic.get("/api/v1/me"));
		node.set("anonymousHealth", health.json());
		node.set("tokenMe", me.json());
		node.set("basicMe", basicMe.json());
		report.table("B1  Request floor, one client (ms)", "request", "requests/s", "p50", "p99", "statuses")
			.row("GET /actuator/health/liveness (anonymous)", health.perSecond(), health.latencies().p50(),
					health.latencies().p99(), health.statuses().toString())
			.row("GET /api/v1/me (API token)", me.perSecond(), me.latencies().p50(), me.latencies().p99(),
					me.statuses().toString())
			.row("GET /api/v1/me (HTTP Basic)", basicMe.perSecond(), basicMe.latencies().p50(),
					basicMe.latencies().p99(), basicMe.statuses().toString())
			.note("The differences are what signing in costs per request: a token is a SHA-256 and one lookup; "
					+ "HTTP Basic checks the password hash once a minute per client and remembers it between.");
	}

	private void hotPartnership(ObjectNode node, Report report, Api api, int hotClients) throws InterruptedException {
		ClosedLoop.Step idle = ClosedLoop.run(api, 1, this.duration, (client) -> spread());
		AtomicReference<ClosedLoop.Step> hotStep = new AtomicReference<>();
		Thread hotLoad = new Thread(() -> {
			try {
				hotStep.set(ClosedLoop.run(api, hotClients, this.duration, (client) -> this.hot));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "bench-hot");
		hotLoad.start();
		ClosedLoop.Step others = ClosedLoop.run(api, 1, this.duration, (client) -> spread());
		hotLoad.join();
		ClosedLoop.Step hotResult = hotStep.get();
		node.put("hotClients", hotClients);
		node.set("hot", hotResult.json());
		node.set("othersIdle", idle.json());
		node.set("othersDuringHot", others.json());
		node.put("hotServerErrors", hotResult.statuses().serverErrorsAndFailures());
		node.put("hotMaxMs", hotResult.latencies().max());
		double ratio = (idle.latencies().p99() > 0) ? others.latencies().p99() / idle.latencies().p99() : Double.NaN;
		node.put("othersP99Ratio", Report.round(ratio));
		report
			.table("B1  " + hotClients + " clients on one partnership, one client on the others (latency in ms)", "who",
					"clients", "commands/s", "p50", "p99", "max", "statuses")
			.row("hot partnership", hotClients, hotResult.perSecond(), hotResult.latencies().p50(),
					hotResult.latencies().p99(), hotResult.latencies().max(), hotResult.statuses().toString())
			.row("others, alone", 1, idle.perSecond(), idle.latencies().p50(), idle.latencies().p99(),
					idle.latencies().max(), idle.statuses().toString())
			.row("others, meanwhile", 1, others.perSecond(), others.latencies().p50(), others.latencies().p99(),
					others.latencies().max(), others.statuses().toString())
			.note("others' p99 meanwhile / alone: " + Report.format(ratio));
	}

	private String spread() {
		return this.partnerships.get(ThreadLocalRandom.current().nextInt(this.partnerships.size()));
	}

}
