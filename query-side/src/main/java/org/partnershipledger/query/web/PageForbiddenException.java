package org.partnershipledger.query.web;

/** The person may see the partnership but not do this to it. */
public class PageForbiddenException extends RuntimeException {

	public PageForbiddenException(String message) {
		super(message);
	}

}
