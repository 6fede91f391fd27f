package org.partnershipledger.query.relational;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.validation.Errors;

import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.GovernanceBody;
import org.partnershipledger.events.relational.GovernanceTier;
import org.partnershipledger.query.web.Numbers;

/**
 * One governance body on the governance form, with its delegation: what it may agree on
 * its own. A body already agreed keeps its id, so decisions that name it still do.
 */
public class BodyRow {

	private String bodyId;

	private String name;

	private GovernanceTier tier;

	private List<String> memberPartyIds = new ArrayList<>();

	private String cadence;

	private String decisionRights;

	private String maxValueChangePct;

	private String maxTermChangePct;

	private List<AdaptationCategory> allowedCategories = new ArrayList<>();

	static BodyRow of(GovernanceBody body, Delegation delegation) {
		BodyRow row = new BodyRow();
		row.bodyId = body.bodyId();
		row.name = body.name();
		row.tier = body.tier();
		row.memberPartyIds = new ArrayList<>(body.memberPartyIds());
		row.cadence = body.cadence();
		row.decisionRights = body.decisionRights();
		if (delegation != null) {
			row.maxValueChangePct = Numbers.text(delegation.maxValueChangePct());
			row.maxTermChangePct = Numbers.text(delegation.maxTermChangePct());
			row.allowedCategories = new ArrayList<>(delegation.allowedCategories());
		}
		return row;
	}

	boolean isBlank() {
		return this.name == null && this.tier == null && this.memberPartyIds.isEmpty() && this.cadence == null
				&& this.decisionRights == null && !hasDelegation();
	}

	boolean hasDelegation() {
		return this.maxValueChangePct != null || this.maxTermChangePct != null || !this.allowedCategories.isEmpty();
	}

	/** The body's id: the one it has, or one made from its name for a new body. */
	String id() {
		if (this.bodyId != null) {
			return this.bodyId;
		}
		String slug = (this.name == null) ? "" : this.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		slug = slug.replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? null : slug;
	}

	GovernanceBody toBody() {
		return new GovernanceBody(id(), this.name, this.tier, this.memberPartyIds, this.cadence, this.decisionRights);
	}

	Delegation toDelegation(String field, Errors errors) {
		BigDecimal value = Numbers.read(this.maxValueChangePct, field + ".maxValueChangePct",
				"Enter the largest value change as a percentage, like 10", errors);
		BigDecimal term = Numbers.read(this.maxTermChangePct, field + ".maxTermChangePct",
				"Enter the largest term change as a percentage, like 10", errors);
		return new Delegation(id(), value, term, this.allowedCategories);
	}

	public String getBodyId() {
		return this.bodyId;
	}

	public void setBodyId(String bodyId) {
		this.bodyId = bodyId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public GovernanceTier getTier() {
		return this.tier;
	}

	public void setTier(GovernanceTier tier) {
		this.tier = tier;
	}

	public List<String> getMemberPartyIds() {
		return this.memberPartyIds;
	}

	public void setMemberPartyIds(List<String> memberPartyIds) {
		this.memberPartyIds = (memberPartyIds == null) ? new ArrayList<>() : memberPartyIds;
	}

	public String getCadence() {
		return this.cadence;
	}

	public void setCadence(String cadence) {
		this.cadence = cadence;
	}

	public String getDecisionRights() {
		return this.decisionRights;
	}

	public void setDecisionRights(String decisionRights) {
		this.decisionRights = decisionRights;
	}

	public String getMaxValueChangePct() {
		return this.maxValueChangePct;
	}

	public void setMaxValueChangePct(String maxValueChangePct) {
		this.maxValueChangePct = maxValueChangePct;
	}

	public String getMaxTermChangePct() {
		return this.maxTermChangePct;
	}

	public void setMaxTermChangePct(String maxTermChangePct) {
		this.maxTermChangePct = maxTermChangePct;
	}

	public List<AdaptationCategory> getAllowedCategories() {
		return this.allowedCategories;
	}

	public void setAllowedCategories(List<AdaptationCategory> allowedCategories) {
		this.allowedCategories = (allowedCategories == null) ? new ArrayList<>() : allowedCategories;
	}

}
