package org.partnershipledger.query.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.VerificationReport;
import org.partnershipledger.query.projection.ProjectionLag;

/**
 * Checkpoints and verification for the pages and the API: the command side keeps the
 * event store and signs checkpoints; the query side checks its own copy as well.
 */
@Service
public class Verifications {

	private final AuditClient client;

	private final ReadModelVerification readModel;

	private final ObjectProvider<ProjectionLag> lag;

	private final String ledgerKey;

	Verifications(AuditClient client, ReadModelVerification readModel, ObjectProvider<ProjectionLag> lag,
			@Value("${ledger.signing-public-key:}") String ledgerKey) {
		this.ledgerKey = ledgerKey;
		this.client = client;
		this.readModel = readModel;
		this.lag = lag;
	}

	/** The latest checkpoint as the command side answered: 404 before the first. */
	public Forwarded latestCheckpoint(Identity identity) {
		return this.client.latestCheckpoint(identity);
	}

	/** The key checkpoints are signed with: {@code {algorithm, publicKey}}. */
	public Forwarded publicKey(Identity identity) {
		return this.client.publicKey(identity);
	}

	/** Takes a checkpoint now: 201 with it, or the command side's problem. */
	public Forwarded takeCheckpoint(Identity identity) {
		return this.client.takeCheckpoint(identity);
	}

	/**
	 * Verifies the event store and the query side's copy, both against the checkpoint
	 * when one is given, which must be signed with the ledger's own key; each event of
	 * the copy must carry the ledger's signature (the key this app applies records with).
	 */
	public Verification verify(Identity identity, Checkpoint checkpoint) {
		Forwarded store = this.client.verifyStore(identity, checkpoint);
		VerificationReport copy = this.readModel.verify(checkpoint, this.ledgerKey);
		ProjectionLag projectionLag = this.lag.getIfAvailable();
		long behind = (projectionLag != null) ? projectionLag.behind() : 0;
		return store.isOk() ? new Verification(store.as(VerificationReport.class), null, copy, behind)
				: new Verification(null, store.problemDetail(), copy, behind);
	}

}
