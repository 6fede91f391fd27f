package org.partnershipledger.events.wire;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.partnershipledger.events.model.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money reaches the topic as plain decimals: {@code 4200000}, never {@code 4.2E+6}, which
 * some readers take for a float or refuse. Both forms are still read.
 */
class PlainDecimalsTest {

	@Test
	void anAmountReadBackFromStoredJsonIsWrittenPlain() {
		JsonNode stored = LedgerJson.read("{\"amount\": 4200000.00, \"currency\": \"GBP\"}", JsonNode.class);
		ObjectNode payload = LedgerJson.mapper().createObjectNode();
		payload.set("estimatedValue", stored);

		assertThat(LedgerJson.write(payload)).contains("\"amount\":4200000").doesNotContain("E+");
	}

	@Test
	void moneyIsWrittenPlainWhateverItsScale() {
		assertThat(LedgerJson.write(new Money(new BigDecimal("4.2E+6"), "GBP")))
			.isEqualTo("{\"amount\":4200000,\"currency\":\"GBP\"}");
	}

	@Test
	void bothFormsAreRead() {
		assertThat(LedgerJson.read("{\"amount\":4.2E+6,\"currency\":\"GBP\"}", Money.class).amount())
			.isEqualByComparingTo("4200000");
		assertThat(LedgerJson.read("{\"amount\":4200000,\"currency\":\"GBP\"}", Money.class).amount())
			.isEqualByComparingTo("4200000");
	}

}
