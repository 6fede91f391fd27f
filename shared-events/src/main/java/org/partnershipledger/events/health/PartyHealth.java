package org.partnershipledger.events.health;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One party's view: its mean per item and its mean over all items, two decimals each
 * (kept at two decimals however they were read, so that equal means are equal).
 */
public record PartyHealth(String partyId, int respondents, Map<HealthItem, BigDecimal> itemMeans, BigDecimal mean) {

	public PartyHealth {
		Map<HealthItem, BigDecimal> ordered = new EnumMap<>(HealthItem.class);
		if (itemMeans != null) {
			itemMeans.forEach((item, itemMean) -> ordered.put(item, RelationalHealthRhc1.twoDecimals(itemMean)));
		}
		itemMeans = Collections.unmodifiableMap(ordered);
		mean = RelationalHealthRhc1.twoDecimals(mean);
	}

}
