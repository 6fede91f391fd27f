package org.partnershipledger.query.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI document at /v3/api-docs: every operation signs in with a personal API
 * token (Bearer) or HTTP Basic, and every operation says which problems it may answer
 * with.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Partnership Ledger API", version = "v1",
		description = "Record and read public-service partnerships: registration, parties, assessments against "
				+ "the framework, model choices, and how the arrangement evolved. Errors are application/problem+json.",
		license = @License(name = "Open Government Licence v3.0",
				url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")),
		security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic") })
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "plt_ token",
		description = "A personal API token, created and revoked by each person on their account page (/account) "
				+ "and shown once: `Authorization: Bearer plt_...`. Costs no password check; use it for programs.")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
		description = "Username and password, for trying the API. A successful check is remembered for a minute; "
				+ "after repeated failures an account or address is refused for a while (429 with Retry-After).")
class OpenApiConfig {

	/** The name of the problem+json schema in the document's components. */
	static final String PROBLEM = "Problem";

	private static final Map<String, String> READ_PROBLEMS = Map.of("400",
			"A parameter is malformed or invalid; `errors` names it", "401", "No valid credentials", "403",
			"Signed in, but your role or party may not do this", "404",
			"No such partnership or resource that you may see", "429",
			"Too many failed sign-ins for the account or from the address; retry after `Retry-After` seconds");

	private static final Map<String, String> COMMAND_PROBLEMS = Map.of("409",
			"The partnership's state does not allow this now, or a concurrent change won", "422",
			"Well-formed, but it breaks a rule of the framework or the partnership; `errors` names the fields", "413",
			"The request body is larger than the limit");

	/** Runs last, so that it also sees the operations other customizers add. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	GlobalOpenApiCustomizer problemResponsesInTheDocument() {
		return (openApi) -> {
			components(openApi).addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			for (PathItem item : openApi.getPaths().values()) {
				item.readOperationsMap().forEach((method, operation) -> {
					if (operation.getResponses() == null) {
						operation.setResponses(new ApiResponses());
					}
					READ_PROBLEMS
						.forEach((status, description) -> addProblem(operation.getResponses(), status, description));
					if (method != PathItem.HttpMethod.GET) {
						COMMAND_PROBLEMS.forEach(
								(status, description) -> addProblem(operation.getResponses(), status, description));
					}
				});
			}
		};
	}

	private static Components components(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		return openApi.getComponents();
	}

	private static void addProblem(ApiResponses responses, String status, String description) {
		responses.computeIfAbsent(status,
				(code) -> new ApiResponse().description(description)
					.content(new Content().addMediaType(
							org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	/** RFC 9457 problem details, with the fields to fix for input problems. */
	private static Schema<?> problemSchema() {
		ObjectSchema fieldProblem = new ObjectSchema();
		fieldProblem.addProperty("field", new StringSchema().description("The field, as a JSON path"))
			.addProperty("message", new StringSchema().description("What is wrong and how to fix it"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("An error, as application/problem+json (RFC 9457)")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("errors", new ArraySchema().items(fieldProblem));
		problem.setRequired(List.of("title", "status"));
		return problem;
	}

}
