package org.partnershipledger.query.access;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.query.partnership.OverviewRead;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * Reads an overview for a person: empty when it is unknown or they may not see it, and
 * waiting briefly for a version they have just caused (ARCHITECTURE.md §5).
 * <p>
 * Access comes first: someone who may not see a partnership, or asks for an id the views
 * do not have, is answered at once, whatever {@code minVersion} says, so neither a wait
 * nor its length tells them whether it exists. A person who may see it waits (at most
 * {@code max-wait}, and only a few reads of theirs at once) and is then answered with
 * what there is, marked stale when behind. The one exception is a partnership the person
 * registered here that the views do not show yet: they wait for it likewise, then are
 * told it is still being processed ({@link NotProjectedYetException}), never "not found".
 */
@Service
public class OverviewQueries {

	/** When to ask again about a partnership still being processed. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private final OverviewRepository overviews;

	private final PartnershipAccess access;

	private final PartnershipRegistrations registrations;

	private final Duration maxWait;

	private final ReadWaits waits;

	public OverviewQueries(OverviewRepository overviews, PartnershipAccess access,
			PartnershipRegistrations registrations, @Value("${ledger.read-your-writes.max-wait:PT5S}") Duration maxWait,
			@Value("${ledger.read-your-writes.waits-per-person:2}") int waitsPerPerson) {
		this.overviews = overviews;
		this.access = access;
		this.registrations = registrations;
		this.maxWait = maxWait;
		this.waits = new ReadWaits(waitsPerPerson);
	}

	/**
	 * @param minVersion the version to wait for, or {@code null} to read at once
	 * @throws NotProjectedYetException when the person registered the partnership, asked
	 * for a version of it, and the views do not have it yet
	 */
	public Optional<OverviewRead> visible(Identity viewer, String partnershipId, Long minVersion) {
		Optional<PartnershipOverview> now = this.overviews.find(partnershipId);
		if (now.isPresent()) {
			if (!this.access.canSee(viewer, now.get())) {
				return Optional.empty();
			}
			if (minVersion == null || now.get().version() >= minVersion) {
				return Optional.of(new OverviewRead(now.get(), false));
			}
			return waitFor(viewer, partnershipId, minVersion).orElse(now)
				.filter((overview) -> this.access.canSee(viewer, overview))
				.map((overview) -> new OverviewRead(overview, overview.version() < minVersion));
		}
		if (minVersion == null || viewer == null
				|| !this.registrations.registeredBy(partnershipId, viewer.username())) {
			return Optional.empty();
		}
		Optional<PartnershipOverview> arrived = waitFor(viewer, partnershipId, minVersion).orElse(Optional.empty());
		if (arrived.isEmpty()) {
			throw new NotProjectedYetException(partnershipId, RETRY_AFTER);
		}
		return arrived.filter((overview) -> this.access.canSee(viewer, overview))
			.map((overview) -> new OverviewRead(overview, overview.version() < minVersion));
	}

	/**
	 * Whether the person may be told what the command side says about the partnership:
	 * they may see it in the views, or they registered it here. Anyone else is answered
	 * as for an id that does not exist.
	 */
	public boolean knownTo(Identity viewer, String partnershipId) {
		if (viewer == null) {
			return false;
		}
		Optional<PartnershipOverview> now = this.overviews.find(partnershipId);
		return now.isPresent() ? this.access.canSee(viewer, now.get())
				: this.registrations.registeredBy(partnershipId, viewer.username());
	}

	/** Waits for the version if the person has a wait to spare; empty at once if not. */
	private Optional<Optional<PartnershipOverview>> waitFor(Identity viewer, String partnershipId, long minVersion) {
		return this.waits.ifFree(viewer.username(),
				() -> this.overviews.awaitVersion(partnershipId, minVersion, this.maxWait));
	}

}
