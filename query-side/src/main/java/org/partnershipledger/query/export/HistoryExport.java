package org.partnershipledger.query.export;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * A partnership's whole history as JSON: every published envelope with its chain hash, so
 * that the file can be verified offline against a checkpoint
 * ({@code partnership-ledger.jar verify --history}).
 */
public record HistoryExport(String partnershipId, String title, Instant exportedAt, List<EventEnvelope> events) {

}
