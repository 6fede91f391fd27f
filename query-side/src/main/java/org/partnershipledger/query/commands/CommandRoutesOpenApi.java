package org.partnershipledger.query.commands;

import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;

/**
 * Puts every command of the route table in the OpenAPI document as an operation of its
 * own, with its request's schema, the optional {@code Idempotency-Key} header and the
 * answer, since one controller serves them all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandRoutesOpenApi implements GlobalOpenApiCustomizer {

	static final String TAG = "Commands";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		if (openApi.getPaths() == null) {
			openApi.setPaths(new Paths());
		}
		Schema<?> accepted = schema(Accepted.class, openApi.getComponents());
		for (CommandRoute route : CommandRoute.values()) {
			Operation operation = new Operation().operationId(operationId(route))
				.summary(route.summary())
				.description("May be issued by: "
						+ route.issuers().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
						+ ". The partnership's rules decide whether it is accepted.")
				.addTagsItem(TAG)
				.requestBody(new RequestBody().required(true)
					.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
							new MediaType().schema(schema(route.requestType(), openApi.getComponents())))))
				.responses(new ApiResponses().addApiResponse("201", new ApiResponse()
					.description("Accepted: the resource's id and the partnership's new version")
					.addHeaderObject("Location",
							new Header().description("Where the resource is on this API").schema(new StringSchema()))
					.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
							new MediaType().schema(accepted)))));
			route.variables()
				.forEach((name) -> operation
					.addParametersItem(new PathParameter().name(name).required(true).schema(new StringSchema())));
			operation.addParametersItem(idempotencyKey());
			openApi.getPaths()
				.computeIfAbsent(CommandRoute.PUBLIC_PREFIX + route.path(), (path) -> new PathItem())
				.post(operation);
		}
	}

	/** The optional header that makes a retry safe: every command takes it. */
	static HeaderParameter idempotencyKey() {
		return (HeaderParameter) new HeaderParameter().name(CommandClient.IDEMPOTENCY_KEY)
			.required(false)
			.description("Makes a retry safe. A retry with the same key and the same request (after a lost "
					+ "response or a timeout) is applied once and answered with the first answer; the same key with a different request is a 422 "
					+ "problem naming `Idempotency-Key`. A key belongs to the person who sent it and is kept for "
					+ "24 hours from the first request; a refused command keeps nothing, so its retry is decided "
					+ "again. Use a new random value, such as a UUID, for each new request.")
			.schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"));
	}

	/** A reference to the type's schema, added with the schemas it refers to. */
	private static Schema<?> schema(Class<?> type, Components components) {
		ResolvedSchema resolved = ModelConverters.getInstance()
			.resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
		for (Map.Entry<String, Schema> referenced : resolved.referencedSchemas.entrySet()) {
			components.addSchemas(referenced.getKey(), referenced.getValue());
		}
		return resolved.schema;
	}

	/** {@code AGREE_ADAPTATION} → {@code agreeAdaptation}. */
	private static String operationId(CommandRoute route) {
		StringBuilder id = new StringBuilder();
		for (String word : route.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
			id.append(id.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return id.toString();
	}

}
