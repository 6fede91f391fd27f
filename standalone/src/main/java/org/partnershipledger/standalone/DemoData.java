package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the demo through the public API, as an integrator would: organisations and the
 * demo users (as the administrator), then the first three example services of the
 * framework (as the demo commissioner). Loading twice adds nothing twice.
 */
public final class DemoData {

	/** The demo users, whose password is {@link #password()}. */
	public static final String[] USERS = { "commissioner", "provider", "auditor" };

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int CREATED = 201;

	private static final int CONFLICT = 409;

	private static final int OK = 200;

	private final String webUrl;

	private final String password;

	public DemoData(String webUrl, String password) {
		this.webUrl = webUrl;
		this.password = password;
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
		for (String user : USERS) {
			people.put(user, new LedgerApi(this.webUrl, user, this.password));
		}
		Set<String> existing = new HashSet<>();
		people.get("commissioner")
			.get("/api/v1/partnerships")
			.expect(OK)
			.json()
			.forEach((p) -> existing.add(p.path("title").asText()));
		int added = 0;
		for (JsonNode partnership : resource("partnerships.json")) {
			if (existing.add(partnership.path("title").asText())) {
				run(partnership.path("steps"), people);
				added++;
			}
		}
		return added;
	}

	/**
	 * Runs one partnership's steps in order: each step acts as a demo person, posts (or
	 * gets) a path, and may save values of the answer by JSON pointer, to be used later
	 * as {@code {{name}}} in paths and bodies. Ends once the views show the last change.
	 */
	private static void run(JsonNode steps, Map<String, LedgerApi> people) {
		Map<String, String> saved = new HashMap<>();
		String lastRead = null;
		long version = 0;
		for (JsonNode step : steps) {
			LedgerApi person = people.get(step.path("as").asText());
			JsonNode answer;
			if (step.has("post")) {
				String path = fill(step.path("post").asText(), saved);
				answer = person.post(path, fill(step.path("body").toString(), saved)).expect(CREATED).json();
				version = answer.path("version").asLong();
				lastRead = path.replaceAll("^(/api/v1/partnerships/[^/]+).*", "$1");
			}
			else {
				answer = person.get(fill(step.path("get").asText(), saved)).expect(OK).json();
			}
			step.path("save")
				.fields()
				.forEachRemaining((save) -> saved.put(save.getKey(), answer.at(save.getValue().asText()).asText()));
		}
		people.get("commissioner").get(lastRead + "?minVersion=" + version).expect(OK);
	}

	private static String fill(String text, Map<String, String> saved) {
		String filled = text;
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
