package org.partnershipledger.query.web;

/** One item of the service navigation. */
public record NavItem(String label, String href, boolean active) {

}
