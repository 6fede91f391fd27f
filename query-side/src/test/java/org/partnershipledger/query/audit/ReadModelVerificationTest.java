package org.partnershipledger.query.audit;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.partnershipledger.audit.CanonicalJson;
import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.audit.ChainHead;
import org.partnershipledger.audit.ChainVerifier;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.Discrepancy;
import org.partnershipledger.audit.ExportedHistory;
import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.audit.StoredEvent;
import org.partnershipledger.audit.VerificationReport;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy is verified with a cursor, one partnership at a time, and reports exactly what
 * verifying all of {@code event_log} at once reports: with a changed event, a deleted
 * event, events whose envelope was moved to the other partnership while their rows stayed
 * filed under their own, and a checkpoint that lists a partnership the copy lacks.
 */
class ReadModelVerificationTest extends QuerySideIntegrationTest {

	@Autowired
	private ReadModelVerification verification;

	@Autowired
	private JdbcClient jdbc;

	private final List<String> partnerships = new ArrayList<>();

	private final String backup = "streamed_verification_backup_" + UUID.randomUUID().toString().replace("-", "");

	@AfterEach
	void putTheRowsBack() {
		asTheDatabaseOwner(
				"delete from event_log where partnership_id in ('" + String.join("','", this.partnerships) + "')");
		this.jdbc.sql("insert into event_log select * from " + this.backup).update();
		this.jdbc.sql("drop table " + this.backup).update();
	}

	@Test
	void theCopyReadOnePartnershipAtATimeGivesTheReportOfTheWholeCopy() {
		EventEnvelope[] first = history();
		EventEnvelope[] second = history();
		this.jdbc
			.sql("create table " + this.backup + " as select * from event_log where partnership_id in ('"
					+ String.join("','", this.partnerships) + "')")
			.update();
		KeyPair auditorsLedger = InstanceKeys.generate();
		String gone = "gone-" + UUID.randomUUID();
		Checkpoint checkpoint = Checkpoint.sign(first[0].recordedAt(),
				List.of(head(first[4]), head(second[4]), new ChainHead(gone, 0, "gone-e0", ChainHash.GENESIS)),
				auditorsLedger);
		String a = first[0].partnershipId();
		String b = second[0].partnershipId();
		asTheDatabaseOwner("update event_log set envelope = replace(envelope::text, 'Homelessness', 'Homelessnest')"
				+ "::jsonb where partnership_id = '" + a + "' and sequence_number = 0");
		asTheDatabaseOwner("delete from event_log where partnership_id = '" + b + "' and sequence_number = 2");
		asTheDatabaseOwner("update event_log set envelope = jsonb_set(envelope, '{partnershipId}', '\"" + b
				+ "\"') where partnership_id = '" + a + "' and sequence_number = 3");
		asTheDatabaseOwner("update event_log set envelope = jsonb_set(envelope, '{partnershipId}', '\"" + a
				+ "\"') where partnership_id = '" + b + "' and sequence_number = 1");

		for (Checkpoint against : new Checkpoint[] { null, checkpoint }) {
			for (String key : new String[] { null, InstanceKeys.encode(SIGNING_KEYS.getPublic()),
					InstanceKeys.encode(auditorsLedger.getPublic()) }) {
				VerificationReport streamed = this.verification.verify(against, key);

				assertThat(streamed).isEqualTo(ChainVerifier.verifyCopy(wholeCopy(), against, key));
				assertThat(streamed.discrepancies()).filteredOn((found) -> found.partnershipId().equals(a))
					.extracting(Discrepancy::sequenceNumber)
					.contains(0L, 1L, 3L);
				assertThat(streamed.discrepancies()).filteredOn((found) -> found.partnershipId().equals(b))
					.extracting(Discrepancy::sequenceNumber)
					.contains(1L, 2L);
				assertThat(streamed.discrepancies().stream().anyMatch((found) -> found.partnershipId().equals(gone)))
					.as("a partnership only the checkpoint lists is missing")
					.isEqualTo(against != null);
			}
		}
	}

	/** The copy read whole, as it was before it was read with a cursor. */
	private List<StoredEvent> wholeCopy() {
		return this.jdbc.sql("select envelope::text from event_log order by partnership_id, sequence_number")
			.query((rs, row) -> ExportedHistory.event(CanonicalJson.read(rs.getBytes(1))))
			.list();
	}

	/** A chained history of five events, applied. */
	private EventEnvelope[] history() {
		TestEvents events = new TestEvents(organisation("GB-LAC", "Anytown Council"));
		EventEnvelope[] sealed = chained(events.registered("Homelessness outcomes"),
				events.joined("party-1", "Shelter Trust", organisation("GB-CHC", "Shelter Trust"),
						PartyRole.LEAD_PROVIDER),
				events.assessed(true, TestEvents.RELATIONAL_SCORES),
				events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PaymentMechanism.FIXED_PRICE),
				events.contract("contract-1", "party-1"));
		publish(sealed);
		awaitVersion(events.partnershipId(), 4);
		this.partnerships.add(events.partnershipId());
		return sealed;
	}

	private static ChainHead head(EventEnvelope envelope) {
		return new ChainHead(envelope.partnershipId(), envelope.sequenceNumber(), envelope.eventId(),
				envelope.chainHash());
	}

	private static EventEnvelope[] chained(EventEnvelope... envelopes) {
		String previous = ChainHash.GENESIS;
		EventEnvelope[] sealed = new EventEnvelope[envelopes.length];
		for (int i = 0; i < envelopes.length; i++) {
			previous = ChainHash.of(envelopes[i], previous);
			sealed[i] = envelopes[i].withChainHash(previous);
		}
		return sealed;
	}

	/** Runs a change the append-only trigger refuses, as the database's owner could. */
	private void asTheDatabaseOwner(String change) {
		this.jdbc.sql("alter table event_log disable trigger event_log_append_only").update();
		try {
			this.jdbc.sql(change).update();
		}
		finally {
			this.jdbc.sql("alter table event_log enable trigger event_log_append_only").update();
		}
	}

}
