package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
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
		LedgerApi commissioner = new LedgerApi(this.webUrl, "commissioner", this.password);
		Set<String> existing = new HashSet<>();
		commissioner.get("/api/v1/partnerships")
			.expect(200)
			.json()
			.forEach((p) -> existing.add(p.path("title").asText()));
		int added = 0;
		for (JsonNode partnership : resource("partnerships.json")) {
			if (existing.add(partnership.path("register").path("title").asText())) {
				addPartnership(commissioner, partnership);
				added++;
			}
		}
		return added;
	}

	private static void addPartnership(LedgerApi commissioner, JsonNode demo) {
		String id = commissioner.post("/api/v1/partnerships", demo.get("register"))
			.expect(CREATED)
			.json()
			.path("partnershipId")
			.asText();
		String base = "/api/v1/partnerships/" + id;
		for (JsonNode party : demo.get("parties")) {
			commissioner.post(base + "/parties", party).expect(CREATED);
		}
		String assessmentId = commissioner.post(base + "/assessments", demo.get("assessment"))
			.expect(CREATED)
			.json()
			.path("assessmentId")
			.asText();
		ObjectNode choice = ((ObjectNode) demo.get("choice").deepCopy()).put("basedOnAssessmentId", assessmentId);
		long version = commissioner.post(base + "/model-choices", choice)
			.expect(CREATED)
			.json()
			.path("version")
			.asLong();
		commissioner.get(base + "?minVersion=" + version).expect(200);
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
