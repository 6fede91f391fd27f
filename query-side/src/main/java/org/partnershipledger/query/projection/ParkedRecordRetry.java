package org.partnershipledger.query.projection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries parked records now and then, so that a record that failed (for example before a
 * fix was deployed) is applied without waiting for the next event of its partnership.
 */
@Component
class ParkedRecordRetry {

	private static final Logger log = LoggerFactory.getLogger(ParkedRecordRetry.class);

	private final ParkedRecords parked;

	private final OverviewProjection projection;

	ParkedRecordRetry(ParkedRecords parked, OverviewProjection projection) {
		this.parked = parked;
		this.projection = projection;
	}

	@Scheduled(fixedDelayString = "${ledger.projection.retry-interval:PT10S}",
			initialDelayString = "${ledger.projection.retry-interval:PT10S}")
	void retry() {
		for (String partnershipId : this.parked.partnershipsWaiting()) {
			try {
				this.projection.retryParked(partnershipId);
			}
			catch (RuntimeException ex) {
				log.warn("Retrying the parked records of partnership {} failed", partnershipId, ex);
			}
		}
	}

}
