package org.partnershipledger.command.audit;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.EventStoreReader;
import org.partnershipledger.audit.VerificationReport;

/**
 * Verifies the whole event store against its chain, each link's signature with this
 * instance's key and, when given, a checkpoint signed with that key, reading one
 * consistent snapshot of the database.
 */
@Component
class StoreVerification {

	private final DataSource dataSource;

	private final SigningKeys keys;

	StoreVerification(DataSource dataSource, SigningKeys keys) {
		this.dataSource = dataSource;
		this.keys = keys;
	}

	VerificationReport verify(Checkpoint checkpoint) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			return EventStoreReader.verify(connection, checkpoint, this.keys.publicKey());
		}
	}

}
