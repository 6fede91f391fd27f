package org.partnershipledger.query.export;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.query.portfolio.PortfolioEntry;

/** The partnerships a person may see, as JSON, with when the file was made. */
public record PortfolioExport(Instant exportedAt, List<PortfolioEntry> partnerships) {

}
