package org.partnershipledger.query.audit;

import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.commands.CommandClient;

/**
 * Asks the command side, which keeps the event store, its hash chain and the signing key,
 * to take or hand out a checkpoint and to verify the store, in the person's name.
 */
@Component
class AuditClient {

	private final CommandClient commands;

	AuditClient(CommandClient commands) {
		this.commands = commands;
	}

	Forwarded latestCheckpoint(Identity identity) {
		return forward(identity, HttpMethod.GET, "/internal/v1/checkpoints/latest", null);
	}

	Forwarded publicKey(Identity identity) {
		return forward(identity, HttpMethod.GET, "/internal/v1/checkpoints/public-key", null);
	}

	Forwarded takeCheckpoint(Identity identity) {
		return forward(identity, HttpMethod.POST, "/internal/v1/checkpoints", null);
	}

	/** Verifies the event store; against the checkpoint, when not {@code null}. */
	Forwarded verifyStore(Identity identity, Checkpoint checkpoint) {
		return forward(identity, HttpMethod.POST, "/internal/v1/verification",
				(checkpoint != null) ? LedgerJson.write(checkpoint) : null);
	}

	private Forwarded forward(Identity identity, HttpMethod method, String path, String json) {
		try {
			ResponseEntity<String> answer = this.commands.forward(identity, method, path, json);
			return new Forwarded(answer.getStatusCode().value(), answer.getBody());
		}
		catch (ResourceAccessException ex) {
			return Forwarded.UNAVAILABLE;
		}
	}

}
