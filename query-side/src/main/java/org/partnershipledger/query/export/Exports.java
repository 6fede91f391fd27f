package org.partnershipledger.query.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.access.OverviewQueries;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.portfolio.PortfolioEntry;
import org.partnershipledger.query.portfolio.PortfolioFilter;
import org.partnershipledger.query.portfolio.PortfolioRepository;
import org.partnershipledger.query.timeline.EventLogEntry;
import org.partnershipledger.query.timeline.EventLogRepository;
import org.partnershipledger.query.timeline.SummaryNames;

/**
 * What people take away: a partnership's history (JSON with every envelope and chain
 * hash, or CSV with one line per event), its OCDS release package, and the portfolio.
 * Each answers only what the person may see.
 */
@Service
@EnableConfigurationProperties(OcdsSettings.class)
class Exports {

	private static final List<String> HISTORY_COLUMNS = List.of("sequenceNumber", "type", "occurredAt", "recordedAt",
			"actorUserId", "actorName", "actorRole", "actorPartyId", "authorityType", "authorityReference", "summary",
			"chainHash", "payload");

	/** How many envelopes an export reads at a time. */
	private static final int PAGE = 200;

	private static final List<String> PORTFOLIO_COLUMNS = List.of("partnershipId", "title", "status",
			"commissioningParty", "chosenModel", "recommendedModel", "divergent", "divergentSince", "nextReviewDue",
			"overdueReviews", "reassessmentDue", "version");

	private final OverviewQueries queries;

	private final PortfolioRepository portfolios;

	private final EventLogRepository eventLog;

	private final OcdsSettings ocds;

	private final Clock clock;

	Exports(OverviewQueries queries, PortfolioRepository portfolios, EventLogRepository eventLog, OcdsSettings ocds,
			Clock clock) {
		this.queries = queries;
		this.portfolios = portfolios;
		this.eventLog = eventLog;
		this.ocds = ocds;
		this.clock = clock;
	}

	/**
	 * The history as {@link HistoryExport} JSON, written as its envelopes are read a page
	 * at a time: a partnership's history of any length is never held whole.
	 */
	Optional<StreamingResponseBody> historyJson(Identity viewer, String partnershipId) {
		return visible(viewer, partnershipId).map((overview) -> (out) -> {
			ObjectMapper mapper = LedgerJson.mapper();
			try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
				// a read that fails half-way leaves the file unfinished, never a shorter
				// history that reads as whole
				json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
				json.writeStartObject();
				json.writeStringField("partnershipId", partnershipId);
				json.writeStringField("title", overview.title());
				json.writeFieldName("exportedAt");
				mapper.writeValue(json, this.clock.instant());
				json.writeArrayFieldStart("events");
				readEach(partnershipId, (envelope) -> write(mapper, json, envelope));
				json.writeEndArray();
				json.writeEndObject();
			}
		});
	}

	/** The history as CSV, one line per event, written as its envelopes are read. */
	Optional<StreamingResponseBody> historyCsv(Identity viewer, String partnershipId) {
		return visible(viewer, partnershipId).map((overview) -> (out) -> {
			SummaryNames names = SummaryNames.of(overview);
			Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			csv.write(Csv.line(HISTORY_COLUMNS));
			readEach(partnershipId, (envelope) -> write(csv, Csv.line(historyRow(envelope, names))));
			csv.flush();
		});
	}

	/**
	 * Reads the partnership's envelopes a page at a time, each page a short query of its
	 * own: no connection is held while the file is written to a slow reader.
	 */
	private void readEach(String partnershipId, Consumer<EventEnvelope> each) {
		long after = -1;
		List<EventEnvelope> page;
		do {
			page = this.eventLog.envelopesAfter(partnershipId, after, PAGE);
			page.forEach(each);
			after = page.isEmpty() ? after : page.get(page.size() - 1).sequenceNumber();
		}
		while (page.size() == PAGE);
	}

	private static void write(ObjectMapper mapper, JsonGenerator json, EventEnvelope envelope) {
		try {
			mapper.writeValue(json, envelope);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Writer csv, String line) {
		try {
			csv.write(line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Ocds.ReleasePackage> ocds(Identity viewer, String partnershipId, String uri) {
		return visible(viewer, partnershipId).map((overview) -> new Ocds.ReleasePackage(uri, this.clock.instant(),
				new Ocds.Publisher(this.ocds.publisherName()), "1.1",
				OcdsReleases.of(this.eventLog.envelopes(partnershipId), this.ocds.ocidPrefix())));
	}

	PortfolioExport portfolioJson(Identity viewer) {
		return new PortfolioExport(this.clock.instant(), this.portfolios.portfolio(viewer, PortfolioFilter.NONE));
	}

	String portfolioCsv(Identity viewer) {
		List<List<String>> rows = this.portfolios.portfolio(viewer, PortfolioFilter.NONE)
			.stream()
			.map(Exports::portfolioRow)
			.toList();
		return Csv.of(PORTFOLIO_COLUMNS, rows);
	}

	private Optional<PartnershipOverview> visible(Identity viewer, String partnershipId) {
		return this.queries.visible(viewer, partnershipId, null).map((read) -> read.overview());
	}

	private static List<String> historyRow(EventEnvelope envelope, SummaryNames names) {
		EventLogEntry entry = EventLogRepository.entry(envelope, names);
		return List.of(String.valueOf(entry.sequenceNumber()), entry.type(), text(entry.occurredAt()),
				text(entry.recordedAt()), (entry.actor() != null) ? text(entry.actor().userId()) : "",
				(entry.actor() != null) ? text(entry.actor().displayName()) : "",
				(entry.actor() != null) ? text(entry.actor().role()) : "",
				(entry.actor() != null) ? text(entry.actor().partyId()) : "",
				(entry.authority() != null) ? text(entry.authority().type()) : "",
				(entry.authority() != null) ? text(entry.authority().reference()) : "", text(entry.summary()),
				// as stored, the JSON its chain hash covers
				text(envelope.chainHash()), envelope.payload().toString());
	}

	private static List<String> portfolioRow(PortfolioEntry entry) {
		return List.of(entry.partnershipId(), text(entry.title()), text(entry.status()),
				(entry.commissioningParty() != null) ? entry.commissioningParty().name() : "",
				text(entry.chosenModel()), text(entry.recommendedModel()), String.valueOf(entry.divergent()),
				text(entry.divergentSince()), text(entry.nextReviewDue()), String.valueOf(entry.overdueReviews()),
				String.valueOf(entry.reassessment() != null && entry.reassessment().due()),
				String.valueOf(entry.version()));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
