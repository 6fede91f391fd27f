package org.partnershipledger.query.api;

import java.util.ArrayList;
import java.util.List;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.QuerySideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document lists every command of the route table with its request's schema,
 * and every operation says which problems it may answer with.
 */
class OpenApiDocumentTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	private JsonNode document;

	@BeforeEach
	void readTheDocument() throws Exception {
		this.document = LedgerJson.mapper()
			.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
	}

	@Test
	void everyRouteIsAnOperationWithItsRequestSchemaAndAnswer() {
		for (CommandRoute route : CommandRoute.values()) {
			JsonNode post = this.document.path("paths").path(CommandRoute.PUBLIC_PREFIX + route.path()).path("post");
			assertThat(post.isObject()).as(route + " is in the document").isTrue();
			assertThat(post.path("summary").asText()).isEqualTo(route.summary());
			String schema = post.at("/requestBody/content/application~1json/schema/$ref").asText();
			assertThat(schema).isEqualTo("#/components/schemas/" + route.requestType().getSimpleName());
			assertThat(this.document.path("components").path("schemas").has(route.requestType().getSimpleName()))
				.as(route + "'s request schema")
				.isTrue();
			assertThat(post.at("/responses/201/content/application~1json/schema/$ref").asText())
				.isEqualTo("#/components/schemas/" + Accepted.class.getSimpleName());
			List<String> pathParameters = new ArrayList<>();
			post.path("parameters").forEach((parameter) -> {
				if ("path".equals(parameter.path("in").asText())) {
					pathParameters.add(parameter.path("name").asText());
				}
			});
			assertThat(pathParameters).containsExactlyElementsOf(route.variables());
			assertThat(post.path("parameters").findValuesAsText("name")).contains("Idempotency-Key");
		}
	}

	@Test
	void everyOperationDescribesItsProblemsAsProblemJson() {
		int operations = 0;
		for (Iterator<Map.Entry<String, JsonNode>> paths = this.document.path("paths").fields(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
				Map.Entry<String, JsonNode> method = methods.next();
				JsonNode responses = method.getValue().path("responses");
				for (String status : (method.getKey().equals("get")) ? new String[] { "400", "401", "403", "404" }
						: new String[] { "400", "401", "403", "404", "409", "422" }) {
					assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText())
						.as(method.getKey() + " " + path.getKey() + " " + status)
						.isEqualTo("#/components/schemas/Problem");
				}
				operations++;
			}
		}
		assertThat(operations).isGreaterThan(CommandRoute.values().length);
		assertThat(this.document.at("/components/schemas/Problem/properties/errors/items/properties").has("field"))
			.isTrue();
		assertThat(this.document.at("/info/license/name").asText()).isNotBlank();
	}

}
