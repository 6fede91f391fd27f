package org.partnershipledger.query.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: every operation signs in with HTTP Basic. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Partnership Ledger API", version = "v1",
		description = "Record and read public-service partnerships: registration, parties, assessments against "
				+ "the framework, model choices, and how the arrangement evolved. Errors are application/problem+json."),
		security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfig {

}
