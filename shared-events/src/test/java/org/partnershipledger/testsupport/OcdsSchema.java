package org.partnershipledger.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Validates release packages against the OCDS 1.1.5 release-package schema kept in the
 * test resources, with the package schema's reference to the release schema's public URL
 * served from the local copy (nothing is fetched).
 */
public final class OcdsSchema {

	private static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";

	private OcdsSchema() {
	}

	/** The schema's complaints about the package; empty when it is valid. */
	public static List<String> problems(JsonNode releasePackage) {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
				(builder) -> builder.schemas(Map.of(BASE + "release-schema.json", resource("release-schema.json"),
						BASE + "release-package-schema.json", resource("release-package-schema.json"))));
		return registry.getSchema(SchemaLocation.of(BASE + "release-package-schema.json"))
			.validate(releasePackage)
			.stream()
			.map(Error::toString)
			.toList();
	}

	private static String resource(String name) {
		try (InputStream in = OcdsSchema.class.getResourceAsStream("/ocds/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
