package org.partnershipledger.query.access;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.query.api.ViewsBehindException;
import org.partnershipledger.query.partnership.OverviewRead;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * Reads an overview for a person: empty when it is unknown or they may not see it, and
 * waiting briefly for a version they have just caused (ARCHITECTURE.md §5).
 */
@Service
public class OverviewQueries {

	/** The longest a read waits for {@code minVersion}. */
	public static final Duration MAX_WAIT = Duration.ofSeconds(5);

	private final OverviewRepository overviews;

	private final PartnershipAccess access;

	public OverviewQueries(OverviewRepository overviews, PartnershipAccess access) {
		this.overviews = overviews;
		this.access = access;
	}

	/**
	 * @param minVersion the version to wait for, or {@code null} to read at once
	 * @throws ViewsBehindException if a version was asked for and the views do not have
	 * the partnership at all yet (a 503, not a 404 that would look like lost data)
	 */
	public Optional<OverviewRead> visible(Identity viewer, String partnershipId, Long minVersion) {
		Optional<PartnershipOverview> now = this.overviews.find(partnershipId);
		if (now.isPresent() && !this.access.canSee(viewer, now.get())) {
			// never wait on a partnership the person may not see
			return Optional.empty();
		}
		Optional<PartnershipOverview> found = (minVersion != null
				&& now.map((o) -> o.version() < minVersion).orElse(true))
						? this.overviews.awaitVersion(partnershipId, minVersion, MAX_WAIT) : now;
		if (minVersion != null && found.isEmpty()) {
			throw new ViewsBehindException(partnershipId, minVersion);
		}
		return found.filter((overview) -> this.access.canSee(viewer, overview))
			.map((overview) -> new OverviewRead(overview, minVersion != null && overview.version() < minVersion));
	}

}
