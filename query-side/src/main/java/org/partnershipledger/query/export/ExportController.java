package org.partnershipledger.query.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import org.partnershipledger.query.api.NotFoundException;
import org.partnershipledger.query.config.LedgerProperties;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * Downloads. Each is served twice: under {@code /api/v1} for API clients (HTTP Basic) and
 * without it for people signed in to the pages, so that a link on a page works.
 */
@RestController
@Tag(name = "Exports")
class ExportController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Exports exports;

	private final String publicBaseUrl;

	ExportController(Exports exports, LedgerProperties properties) {
		this.exports = exports;
		this.publicBaseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
	}

	@GetMapping({ "/api/v1/partnerships/{partnershipId}/exports/history.json",
			"/partnerships/{partnershipId}/exports/history.json" })
	@Operation(summary = "A partnership's history as JSON: every event's envelope with its chain hash, "
			+ "verifiable offline against a checkpoint")
	@ApiResponse(responseCode = "200", description = "The history, written as it is read",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = HistoryExport.class)))
	ResponseEntity<StreamingResponseBody> historyJson(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId) {
		StreamingResponseBody export = this.exports.historyJson(user.identity(), partnershipId)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId));
		return download(export, MediaType.APPLICATION_JSON, "partnership-" + partnershipId + "-history.json");
	}

	@GetMapping({ "/api/v1/partnerships/{partnershipId}/exports/history.csv",
			"/partnerships/{partnershipId}/exports/history.csv" })
	@Operation(summary = "A partnership's history as CSV, one line per event")
	ResponseEntity<StreamingResponseBody> historyCsv(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId) {
		StreamingResponseBody csv = this.exports.historyCsv(user.identity(), partnershipId)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId));
		return download(csv, CSV, "partnership-" + partnershipId + "-history.csv");
	}

	@GetMapping({ "/api/v1/partnerships/{partnershipId}/exports/ocds.json",
			"/partnerships/{partnershipId}/exports/ocds.json" })
	@Operation(summary = "A partnership as an OCDS 1.1 release package",
			description = "One release per published change: planning, award and contract, contractAmendment "
					+ "(formal variations and extensions, with amendments), contractUpdate (corrections and "
					+ "party changes), implementationUpdate (reviews as milestones, payments as transactions), "
					+ "contractTermination.")
	ResponseEntity<Ocds.ReleasePackage> ocds(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId) {
		// where it is published, from the settings: a request's Host header is the
		// client's to choose
		String uri = UriComponentsBuilder.fromUriString(this.publicBaseUrl)
			.path("/api/v1/partnerships/{id}/exports/ocds.json")
			.buildAndExpand(partnershipId)
			.encode()
			.toUriString();
		Ocds.ReleasePackage releasePackage = this.exports.ocds(user.identity(), partnershipId, uri)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId));
		return download(releasePackage, MediaType.APPLICATION_JSON, "partnership-" + partnershipId + "-ocds.json");
	}

	@GetMapping({ "/api/v1/exports/portfolio.json", "/exports/portfolio.json" })
	@Operation(summary = "The partnerships you may see, as JSON")
	ResponseEntity<PortfolioExport> portfolioJson(@AuthenticationPrincipal LedgerUser user) {
		return download(this.exports.portfolioJson(user.identity()), MediaType.APPLICATION_JSON, "portfolio.json");
	}

	@GetMapping({ "/api/v1/exports/portfolio.csv", "/exports/portfolio.csv" })
	@Operation(summary = "The partnerships you may see, as CSV")
	ResponseEntity<String> portfolioCsv(@AuthenticationPrincipal LedgerUser user) {
		return download(this.exports.portfolioCsv(user.identity()), CSV, "portfolio.csv");
	}

	private static <T> ResponseEntity<T> download(T body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
