package org.partnershipledger.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

	@Test
	void sortsKeysDropsNullFieldsAndWritesNoWhitespace() {
		JsonNode node = CanonicalJson
			.read("{ \"b\": 1, \"a\": {\"z\": null, \"y\": [true, null, \"x\"]} }".getBytes(StandardCharsets.UTF_8));

		assertThat(CanonicalJson.of(node)).isEqualTo("{\"a\":{\"y\":[true,null,\"x\"]},\"b\":1}");
	}

	@Test
	void writesEveryNumberAsItsPlainDecimalWithoutTrailingZeros() {
		JsonNode read = CanonicalJson.read("{\"a\":1250.50,\"b\":3.0,\"c\":1E+3,\"d\":-0.10}".getBytes());
		JsonNode doubles = LedgerJson.read("{\"a\":1250.5,\"b\":3,\"c\":1000,\"d\":-0.1}", JsonNode.class);

		assertThat(CanonicalJson.of(read)).isEqualTo("{\"a\":1250.5,\"b\":3,\"c\":1000,\"d\":-0.1}")
			.isEqualTo(CanonicalJson.of(doubles));
	}

	@Test
	void escapesStringsAsJacksonDoes() {
		JsonNode node = LedgerJson.mapper().createObjectNode().put("s", "quote \" slash \\ line\n é");

		assertThat(CanonicalJson.of(node)).isEqualTo("{\"s\":\"quote \\\" slash \\\\ line\\n é\"}");
	}

	@Test
	void anEventInMemoryAndTheSameEventReadFromItsBytesGiveTheSameText() throws Exception {
		PartnershipRegistered event = new PartnershipRegistered("p-1", "Homes first", null, "Housing",
				new PartyRef("party-1", "Leeds City Council",
						new org.partnershipledger.events.model.OrganisationIdentifier("GB-LAC", "E08000035")),
				LegalRegime.values()[0],
				new Period(java.time.LocalDate.parse("2026-04-01"), java.time.LocalDate.parse("2029-03-31")),
				new Money(new BigDecimal("1250000.00"), "GBP"), null, null, Instant.parse("2026-03-01T09:00:00.120Z"));
		byte[] stored = LedgerJson.mapper().writeValueAsBytes(event);

		assertThat(CanonicalJson.of(CanonicalJson.read(stored)))
			.isEqualTo(CanonicalJson.of(LedgerJson.mapper().valueToTree(event)));
	}

}
