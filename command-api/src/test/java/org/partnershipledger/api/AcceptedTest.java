package org.partnershipledger.api;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer names only the ids a command created, and reads back as written. */
class AcceptedTest {

	@Test
	void adaptationAnswerCarriesOnlyItsIdAndReadsBack() {
		Accepted accepted = Accepted.adaptation("p-1", "ad-1", 7);

		String json = LedgerJson.write(accepted);

		assertThat(json).isEqualTo("{\"partnershipId\":\"p-1\",\"version\":7,\"adaptationId\":\"ad-1\"}");
		assertThat(LedgerJson.read(json, Accepted.class)).isEqualTo(accepted);
	}

}
