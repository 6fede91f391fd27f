package org.partnershipledger.query.web;

/**
 * The page names something that does not exist, or that the person may not see: both
 * answer 404, so that a page never tells whether a hidden partnership exists.
 */
public class PageNotFoundException extends RuntimeException {

	public PageNotFoundException(String message) {
		super(message);
	}

}
