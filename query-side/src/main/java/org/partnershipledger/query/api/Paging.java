package org.partnershipledger.query.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.partnershipledger.query.partnership.Page;

/**
 * Reads a list's {@code page} and {@code limit} parameters, and answers a page with its
 * total in {@code X-Total-Count} and the next and previous pages in {@code Link}, so that
 * no answer grows without bound.
 */
public final class Paging {

	/** The header that says how many items the whole list has. */
	public static final String TOTAL = "X-Total-Count";

	private Paging() {
	}

	/**
	 * The page asked for.
	 * @throws BadParameterException naming the parameter that is wrong
	 */
	public static Page page(Integer page, Integer limit) {
		int number = (page != null) ? page : 0;
		int size = (limit != null) ? limit : Page.DEFAULT_LIMIT;
		if (number < 0) {
			throw new BadParameterException("page", "Give a page number of 0 or more; the first page is 0");
		}
		if (size < 1 || size > Page.MAX_LIMIT) {
			throw new BadParameterException("limit", "Give a limit from 1 to " + Page.MAX_LIMIT);
		}
		return new Page(number, size);
	}

	/** The page of items, with its total and links, marked stale when it is. */
	public static <T> ResponseEntity<List<T>> ok(List<T> items, Page page, long total, boolean stale) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(TOTAL, Long.toString(total));
		StringBuilder links = new StringBuilder();
		if (page.offset() + items.size() < total) {
			links.append(link(page.number() + 1, page.limit(), "next"));
		}
		if (page.number() > 0) {
			links.append((links.length() > 0) ? ", " : "").append(link(page.number() - 1, page.limit(), "prev"));
		}
		if (links.length() > 0) {
			response.header("Link", links.toString());
		}
		if (stale) {
			response.header(StaleReads.HEADER, "true");
		}
		return response.body(items);
	}

	private static String link(int page, int limit, String rel) {
		return "<" + ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.replaceQueryParam("limit", limit)
			.build()
			.toUriString() + ">; rel=\"" + rel + "\"";
	}

}
