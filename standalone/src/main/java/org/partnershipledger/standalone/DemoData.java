package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the demo through the public API, as an integrator would: organisations and the
 * demo users (as the administrator), then the first three example services of the
 * framework (as the demo commissioner). Loading twice adds nothing twice, and a load
 * stopped half-way (Ctrl-C) is finished by the next: a partnership already registered
 * goes on from the first step its history does not hold yet.
 */
public final class DemoData {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int CREATED = 201;

	private static final int CONFLICT = 409;

	private static final int OK = 200;

	private static final Pattern IN_DAYS = Pattern.compile("\\{\\{in (\\d+) days}}");

	private final String webUrl;

	private final String password;

	public DemoData(String webUrl, String password) {
		this.webUrl = webUrl;
		this.password = password;
	}

	/** The demo users' names (their password is {@link #password()}). */
	public static List<String> users() {
		List<String> names = new java.util.ArrayList<>();
		resource("users.json").forEach((user) -> names.add(user.path("username").asText()));
		return names;
	}

	/** The demo password: {@code LEDGER_DEMO_PASSWORD}, or {@code demo-password}. */
	public static String password() {
		String configured = System.getenv("LEDGER_DEMO_PASSWORD");
		return (configured == null || configured.isBlank()) ? "demo-password" : configured;
	}

	/** Loads what is not there yet; returns how many partnerships it added. */
	public int load(String adminUsername, String adminPassword) {
		LedgerApi admin = new LedgerApi(this.webUrl, adminUsername, adminPassword);
		for (JsonNode organisation : resource("organisations.json")) {
			createUnlessPresent(admin, "/api/v1/admin/organisations", organisation);
		}
		for (JsonNode user : resource("users.json")) {
			ObjectNode withPassword = ((ObjectNode) user.deepCopy()).put("password", this.password);
			createUnlessPresent(admin, "/api/v1/admin/users", withPassword);
		}
		Map<String, LedgerApi> people = new HashMap<>();
		for (String user : users()) {
			people.put(user, new LedgerApi(this.webUrl, user, this.password));
		}
		Map<String, String> existing = new HashMap<>();
		people.get("commissioner")
			.get("/api/v1/partnerships")
			.expect(OK)
			.json()
			.forEach((p) -> existing.put(p.path("title").asText(), p.path("partnershipId").asText()));
		int added = 0;
		for (JsonNode partnership : resource("partnerships.json")) {
			String id = existing.get(partnership.path("title").asText());
			if (id == null) {
				run(partnership.path("steps"), people, List.of());
				added++;
			}
			else {
				List<List<JsonNode>> done = commands(people.get("commissioner"), id);
				if (done.size() < postSteps(partnership.path("steps"))) {
					run(partnership.path("steps"), people, done);
					added++;
				}
			}
		}
		return added;
	}

	/**
	 * The commands people sent that a partnership's history holds, in order, each as the
	 * events it recorded (consecutive events with the same causation); what the ledger
	 * recorded by itself (a review scheduled by its cadence, say) is no step of the demo.
	 */
	private static List<List<JsonNode>> commands(LedgerApi commissioner, String partnershipId) {
		List<List<JsonNode>> commands = new ArrayList<>();
		String cause = null;
		for (JsonNode event : commissioner.get("/api/v1/partnerships/" + partnershipId + "/exports/history.json")
			.expect(OK)
			.json()
			.path("events")) {
			if ("SYSTEM".equals(event.path("actor").path("role").asText())) {
				continue;
			}
			String causation = event.path("causationId").asText(event.path("eventId").asText());
			if (!causation.equals(cause)) {
				commands.add(new ArrayList<>());
				cause = causation;
			}
			commands.get(commands.size() - 1).add(event);
		}
		return commands;
	}

	private static int postSteps(JsonNode steps) {
		int posts = 0;
		for (JsonNode step : steps) {
			posts += step.has("post") ? 1 : 0;
		}
		return posts;
	}

	/**
	 * Runs one partnership's steps in order: each step acts as a demo person, posts (or
	 * gets) a path, and may save values of the answer by JSON pointer, to be used later
	 * as {@code {{name}}} in paths and bodies. A post step the history already holds is
	 * not sent again: the values it would save are read from the events it recorded. Ends
	 * once the views show the last change.
	 * @param done the commands already in the partnership's history, each as its events
	 */
	private static void run(JsonNode steps, Map<String, LedgerApi> people, List<List<JsonNode>> done) {
		Map<String, String> saved = new HashMap<>();
		String lastRead = null;
		long version = 0;
		int posts = 0;
		for (JsonNode step : steps) {
			LedgerApi person = people.get(step.path("as").asText());
			JsonNode answer;
			if (step.has("post") && posts < done.size()) {
				List<JsonNode> events = done.get(posts++);
				answer = recorded(events);
				version = events.get(events.size() - 1).path("sequenceNumber").asLong();
				lastRead = "/api/v1/partnerships/" + answer.path("partnershipId").asText();
			}
			else if (step.has("post")) {
				posts++;
				String path = fill(step.path("post").asText(), saved);
				answer = person.post(path, fill(step.path("body").toString(), saved)).expect(CREATED).json();
				version = answer.path("version").asLong();
				lastRead = path.replaceAll("^(/api/v1/partnerships/[^/]+).*", "$1");
			}
			else {
				answer = person.getWhenInViews(fill(step.path("get").asText(), saved)).expect(OK).json();
			}
			step.path("save")
				.fields()
				.forEachRemaining((save) -> saved.put(save.getKey(), answer.at(save.getValue().asText()).asText()));
		}
		people.get("commissioner").getWhenInViews(lastRead + "?minVersion=" + version).expect(OK);
	}

	/**
	 * What a command's answer named, read from the events it recorded: an answer names
	 * the new resource's id under the same name as the event's payload does.
	 */
	private static JsonNode recorded(List<JsonNode> events) {
		ObjectNode answer = JSON.createObjectNode();
		for (JsonNode event : events) {
			event.path("payload").fields().forEachRemaining((field) -> {
				if (field.getValue().isValueNode() && !answer.has(field.getKey())) {
					answer.set(field.getKey(), field.getValue());
				}
			});
		}
		return answer;
	}

	/**
	 * Puts saved values, and dates written {@code {{in N days}}} (from today), into a
	 * path or body. A review the demo holds is due in the future: one due in the past
	 * could be recorded as missed by the ledger between its scheduling and its holding.
	 */
	private static String fill(String text, Map<String, String> saved) {
		String filled = IN_DAYS.matcher(text)
			.replaceAll((match) -> LocalDate.now(ZoneOffset.UTC).plusDays(Long.parseLong(match.group(1))).toString());
		for (Map.Entry<String, String> value : saved.entrySet()) {
			filled = filled.replace("{{" + value.getKey() + "}}", value.getValue());
		}
		if (filled.contains("{{")) {
			throw new IllegalStateException("A demo step uses a value not saved before it: " + filled);
		}
		return filled;
	}

	private static void createUnlessPresent(LedgerApi admin, String path, JsonNode body) {
		LedgerApi.Response response = admin.post(path, body);
		if (response.status() != CREATED && response.status() != CONFLICT) {
			throw new IllegalStateException(
					"Could not load demo data at " + path + ": " + response.status() + " " + response.body());
		}
	}

	private static JsonNode resource(String name) {
		try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
