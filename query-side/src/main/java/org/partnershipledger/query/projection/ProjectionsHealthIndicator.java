package org.partnershipledger.query.projection;

import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code projections}: OUT_OF_SERVICE while any record is parked, with
 * the parked records and why they wait, so that an operator sees a gap or a failed record
 * at once.
 */
@Component
class ProjectionsHealthIndicator implements HealthIndicator {

	private static final int SHOWN = 20;

	private final ParkedRecords parked;

	ProjectionsHealthIndicator(ParkedRecords parked) {
		this.parked = parked;
	}

	@Override
	public Health health() {
		List<ParkedRecord> records = this.parked.all();
		if (records.isEmpty()) {
			return Health.up().withDetail("parked", 0).build();
		}
		List<Map<String, Object>> shown = records.stream()
			.limit(SHOWN)
			.map((record) -> Map.<String, Object>of("partnershipId", record.partnershipId(), "sequenceNumber",
					(record.sequenceNumber() != null) ? record.sequenceNumber() : "unknown", "reason", record.reason(),
					"parkedAt", record.parkedAt().toString(), "attempts", record.attempts()))
			.toList();
		return Health.status(Status.OUT_OF_SERVICE)
			.withDetail("parked", records.size())
			.withDetail("records", shown)
			.build();
	}

}
