package org.partnershipledger.query.timeline;

/** One thing an event's payload says about why or with whose approval, in plain words. */
public record EventDetail(String label, String text) {

}
