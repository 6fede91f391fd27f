package org.partnershipledger.query.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.CommandRoute;

/** Every command's operation in the OpenAPI document takes the Idempotency-Key header. */
class CommandRoutesOpenApiTest {

	@Test
	void everyCommandDocumentsTheIdempotencyKeyHeader() {
		OpenAPI document = new OpenAPI();
		new CommandRoutesOpenApi().customise(document);

		for (CommandRoute route : CommandRoute.values()) {
			Operation operation = document.getPaths().get(CommandRoute.PUBLIC_PREFIX + route.path()).getPost();
			Parameter key = operation.getParameters()
				.stream()
				.filter((parameter) -> "Idempotency-Key".equals(parameter.getName()))
				.findFirst()
				.orElseThrow(() -> new AssertionError(route + " does not document Idempotency-Key"));
			assertThat(key.getIn()).isEqualTo("header");
			assertThat(key.getRequired()).isFalse();
			assertThat(key.getDescription()).contains("applied once").contains("422").contains("24 hours");
		}
	}

}
