package org.partnershipledger.query.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance publishes OCDS.
 *
 * @param ocidPrefix the publisher's registered OCID prefix; a partnership registered with
 * its own ocid keeps it (LEDGER_OCDS_OCID_PREFIX)
 * @param publisherName the publisher named in each release package
 * (LEDGER_OCDS_PUBLISHER_NAME)
 */
@ConfigurationProperties("ledger.ocds")
record OcdsSettings(@DefaultValue("ocds-ledger") String ocidPrefix,
		@DefaultValue("Partnership Ledger") String publisherName) {

}
