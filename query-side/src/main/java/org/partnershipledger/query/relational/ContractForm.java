package org.partnershipledger.query.relational;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.RelationalClause;
import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Numbers;

/** The form for recording the concluded contract. */
public class ContractForm extends AuthorityFields {

	private DateParts dateSigned = new DateParts();

	private DateParts startDate = new DateParts();

	private DateParts endDate = new DateParts();

	private DateParts maxExtent = new DateParts();

	private String value;

	private List<String> supplierPartyIds = new ArrayList<>();

	private List<RelationalClause> relationalClausesIncluded = new ArrayList<>();

	ConcludeContractRequest toRequest(BindingResult errors, Clock clock) {
		LocalDate signed = DateParts.read(this.dateSigned, "dateSigned", "the date the contract was signed", errors);
		LocalDate start = DateParts.read(this.startDate, "startDate", "the start date", errors);
		LocalDate end = DateParts.read(this.endDate, "endDate", "the end date", errors);
		LocalDate extent = this.maxExtent.isEmpty() ? null
				: DateParts.read(this.maxExtent, "maxExtent", "the latest date it may be extended to", errors);
		ContractPeriod period = null;
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				errors.rejectValue("endDate", "order", "The end date must be the same as or after the start date");
			}
			else if (extent != null && extent.isBefore(end)) {
				errors.rejectValue("maxExtent", "order",
						"The latest date it may be extended to must be the same as or after the end date");
			}
			else {
				period = new ContractPeriod(start, end, extent);
			}
		}
		FormChecks.required(errors, "value", this.value, "Enter the contract's value in pounds");
		BigDecimal amount = Numbers.read(this.value, "value",
				"Enter the contract's value as an amount in pounds, like 250000", errors);
		if (amount != null && amount.signum() < 0) {
			errors.rejectValue("value", "negative", "The contract's value must be 0 or more");
			amount = null;
		}
		FormChecks.required(errors, "supplierPartyIds", this.supplierPartyIds, "Select the supplier or suppliers");
		ConcludeContractRequest request = new ConcludeContractRequest(signed, period,
				(amount != null) ? new Money(amount, "GBP") : null, this.supplierPartyIds,
				this.relationalClausesIncluded, null, authority());
		boolean checked = period != null && signed != null && amount != null;
		FormProblems.reject(request.problems(clock)
			.stream()
			.filter((problem) -> checked || !List.of("dateSigned", "period", "value").contains(problem.field()))
			.toList(), errors, ContractForm::formField);
		return errors.hasErrors() ? null : request;
	}

	public static String formField(String apiField) {
		if (apiField.startsWith("period.end")) {
			return "endDate";
		}
		if (apiField.startsWith("period.maxExtent")) {
			return "maxExtent";
		}
		if (apiField.startsWith("period")) {
			return "startDate";
		}
		if (apiField.startsWith("value")) {
			return "value";
		}
		if (apiField.startsWith("supplierPartyIds")) {
			return "supplierPartyIds";
		}
		if (apiField.startsWith("relationalClausesIncluded")) {
			return "relationalClausesIncluded";
		}
		return apiField.equals("dateSigned") ? apiField : AuthorityFields.formField(apiField);
	}

	public DateParts getDateSigned() {
		return this.dateSigned;
	}

	public void setDateSigned(DateParts dateSigned) {
		this.dateSigned = dateSigned;
	}

	public DateParts getStartDate() {
		return this.startDate;
	}

	public void setStartDate(DateParts startDate) {
		this.startDate = startDate;
	}

	public DateParts getEndDate() {
		return this.endDate;
	}

	public void setEndDate(DateParts endDate) {
		this.endDate = endDate;
	}

	public DateParts getMaxExtent() {
		return this.maxExtent;
	}

	public void setMaxExtent(DateParts maxExtent) {
		this.maxExtent = maxExtent;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public List<String> getSupplierPartyIds() {
		return this.supplierPartyIds;
	}

	public void setSupplierPartyIds(List<String> supplierPartyIds) {
		this.supplierPartyIds = (supplierPartyIds == null) ? new ArrayList<>() : supplierPartyIds;
	}

	public List<RelationalClause> getRelationalClausesIncluded() {
		return this.relationalClausesIncluded;
	}

	public void setRelationalClausesIncluded(List<RelationalClause> relationalClausesIncluded) {
		this.relationalClausesIncluded = (relationalClausesIncluded == null) ? new ArrayList<>()
				: relationalClausesIncluded;
	}

}
