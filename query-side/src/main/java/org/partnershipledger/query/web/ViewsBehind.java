package org.partnershipledger.query.web;

/**
 * How far the views lag behind the published events, so that a page can say they are
 * catching up. The projection provides it; pages only read it.
 */
public interface ViewsBehind {

	/**
	 * How many published events the views have not applied yet: 0 when up to date, -1
	 * when it cannot be told.
	 */
	long behind();

}
