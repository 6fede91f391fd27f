package org.partnershipledger.command.config;

import org.axonframework.serialization.RevisionResolver;

import org.partnershipledger.events.SchemaRevision;

/**
 * Reads the shared {@link SchemaRevision} annotation, so that shared-events needs no Axon
 * annotation.
 */
class SchemaRevisionResolver implements RevisionResolver {

	@Override
	public String revisionOf(Class<?> payloadType) {
		SchemaRevision revision = payloadType.getAnnotation(SchemaRevision.class);
		return (revision == null) ? null : revision.value();
	}

}
