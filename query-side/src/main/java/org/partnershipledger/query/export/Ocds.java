package org.partnershipledger.query.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The parts of the Open Contracting Data Standard 1.1 that a partnership's history maps
 * to. Field names are OCDS's own; empty fields are left out, as the standard prefers.
 */
final class Ocds {

	private Ocds() {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record ReleasePackage(String uri, Instant publishedDate, Publisher publisher, String version,
			List<Release> releases) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Publisher(String name) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Release(String ocid, String id, Instant date, List<String> tag, String initiationType, String language,
			List<Party> parties, OrganizationReference buyer, Planning planning, Tender tender, List<Award> awards,
			List<Contract> contracts) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Party(String id, String name, Identifier identifier, List<String> roles) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Identifier(String scheme, String id) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record OrganizationReference(String id, String name) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Value(BigDecimal amount, String currency) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Period(Instant startDate, Instant endDate, Instant maxExtentDate) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Planning(String rationale, Budget budget, List<Milestone> milestones) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Budget(String description, Value amount) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Tender(String id, String title, String description, String status, Value value, Period tenderPeriod) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Award(String id, String title, String status, Instant date, Value value,
			List<OrganizationReference> suppliers, Period contractPeriod) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Contract(String id, String awardID, String title, String status, Period period, Value value,
			Instant dateSigned, List<Amendment> amendments, Implementation implementation) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Amendment(String id, Instant date, String rationale, String description, String amendsReleaseID,
			String releaseID) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Implementation(List<Transaction> transactions, List<Milestone> milestones) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Milestone(String id, String title, String type, String description, Instant dueDate, Instant dateMet,
			Instant dateModified, String status) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Transaction(String id, String source, Instant date, Value value, OrganizationReference payer,
			OrganizationReference payee) {

	}

}
