package org.partnershipledger.query.web;

import java.util.List;

/** The org-id.guide schemes people pick from when they name an organisation. */
public final class IdentifierSchemes {

	private IdentifierSchemes() {
	}

	public static List<Option> options() {
		return List.of(Option.of("GB-LAC", "GB-LAC: local authority"),
				Option.of("GB-CHC", "GB-CHC: charity in England and Wales"),
				Option.of("GB-SC", "GB-SC: Scottish charity"),
				Option.of("GB-COH", "GB-COH: company registered at Companies House"),
				Option.of("GB-NHS", "GB-NHS: NHS body"), Option.of("GB-GOR", "GB-GOR: government organisation"));
	}

}
