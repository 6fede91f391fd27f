package org.partnershipledger.query.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.audit.DiscrepancyKind;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.RecommendationFlag;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.TransparencyNoticeType;

/**
 * Plain words for the enum values people see on pages. Values not listed here read as
 * their name in sentence case, so a new value is never shown as a code.
 */
public final class Labels {

	private static final Map<Enum<?>, String> WORDS = new HashMap<>();

	static {
		WORDS.put(DiscrepancyKind.HEAD_MISMATCH, "Rewritten since the checkpoint");
		WORDS.put(LegalRegime.PA2023_PUBLIC_CONTRACT, "Procurement Act 2023: public contract");
		WORDS.put(LegalRegime.PA2023_LIGHT_TOUCH, "Procurement Act 2023: light-touch contract");
		WORDS.put(LegalRegime.PA2023_BELOW_THRESHOLD, "Procurement Act 2023: below-threshold contract");
		WORDS.put(LegalRegime.PCR2015_LEGACY, "Public Contracts Regulations 2015 (legacy)");
		WORDS.put(LegalRegime.PSR2023_HEALTHCARE, "Provider Selection Regime 2023 (health care)");
		WORDS.put(LegalRegime.GRANT, "Grant");
		WORDS.put(LegalRegime.NON_CONTRACTUAL, "Non-contractual");
		WORDS.put(PartyRole.COMMISSIONER, "Commissioner");
		WORDS.put(PartyRole.LEAD_PROVIDER, "Lead provider");
		WORDS.put(PartyRole.DELIVERY_PARTNER, "Delivery partner");
		WORDS.put(PartyRole.FUNDER, "Funder");
		WORDS.put(PartyRole.INVESTOR, "Investor");
		WORDS.put(PartyRole.STATUTORY_PARTNER, "Statutory partner");
		WORDS.put(PartyRole.EVALUATOR, "Evaluator");
		WORDS.put(PartyBasis.CONTRACT, "Contract");
		WORDS.put(PartyBasis.SUBCONTRACT, "Subcontract");
		WORDS.put(PartyBasis.MOU, "Memorandum of understanding");
		WORDS.put(PartyBasis.ALLIANCE_AGREEMENT, "Alliance agreement");
		WORDS.put(PartyBasis.STATUTORY_DUTY, "Statutory duty");
		WORDS.put(AssessmentTrigger.INITIAL, "First assessment");
		WORDS.put(AssessmentTrigger.SCHEDULED, "Scheduled reassessment");
		WORDS.put(AssessmentTrigger.MATERIAL_CHANGE, "Material change");
		WORDS.put(AssessmentTrigger.BORDERLINE_FOLLOW_UP, "Follow-up of a borderline result");
		WORDS.put(AssessmentTrigger.AUDIT_REQUEST, "Requested by an auditor");
		WORDS.put(PaymentMechanism.FIXED_PRICE, "Fixed price");
		WORDS.put(PaymentMechanism.UNIT_OR_ACTIVITY_PRICE, "Unit or activity price");
		WORDS.put(PaymentMechanism.COST_REIMBURSEMENT_OPEN_BOOK, "Cost reimbursement (open book)");
		WORDS.put(PaymentMechanism.OUTCOMES_BASED, "Outcomes-based payment");
		WORDS.put(PaymentMechanism.SOCIAL_IMPACT_BOND, "Social impact bond");
		WORDS.put(PaymentMechanism.GRANT, "Grant");
		WORDS.put(PaymentMechanism.POOLED_OR_ALIGNED_BUDGET, "Pooled or aligned budget");
		WORDS.put(PaymentMechanism.NONE, "No payment between the parties");
		WORDS.put(DepartureReason.LEGAL_OR_REGIME_CONSTRAINT, "A legal or procurement-regime constraint");
		WORDS.put(DepartureReason.MARKET_CAPACITY, "Market capacity");
		WORDS.put(DepartureReason.BUDGET_OR_FUNDING_RULES, "Budget or funding rules");
		WORDS.put(DepartureReason.POLITICAL_DIRECTION, "Political direction");
		WORDS.put(DepartureReason.PROVIDER_CAPABILITY, "Provider capability");
		WORDS.put(DepartureReason.PILOT_FIRST, "Pilot first");
		WORDS.put(DepartureReason.TIME_CONSTRAINT, "Time constraint");
		WORDS.put(DepartureReason.OTHER, "Another reason (explain in the justification)");
		WORDS.put(Confidence.LOW, "Low");
		WORDS.put(Confidence.MEDIUM, "Medium");
		WORDS.put(Confidence.HIGH, "High");
		WORDS.put(RecommendationFlag.GATE_NO_MONEY, "No money changes hands");
		WORDS.put(RecommendationFlag.BORDERLINE, "Borderline");
		WORDS.put(RecommendationFlag.OVERRIDE_INCOMPLETENESS_FLOOR, "Override: incompleteness floor");
		WORDS.put(RecommendationFlag.MIXED_PROFILE, "Mixed profile");
		WORDS.put(RecommendationFlag.IMPUTED_DIMENSIONS, "Unknown scores counted as 3");
		RelationalWords.addTo(WORDS);
		ReviewWords.addTo(WORDS);
		WORDS.put(UserRole.COMMISSIONER, "Commissioner");
		WORDS.put(UserRole.PROVIDER, "Provider");
		WORDS.put(UserRole.AUDITOR, "Auditor");
		WORDS.put(UserRole.ADMIN, "Administrator");
		WORDS.put(TransparencyNoticeType.UK6, "UK6 contract details notice");
		WORDS.put(TransparencyNoticeType.UK7, "UK7 contract details notice");
		WORDS.put(TransparencyNoticeType.UK9, "UK9 contract performance notice");
		WORDS.put(TransparencyNoticeType.UK10, "UK10 contract change notice");
		WORDS.put(TransparencyNoticeType.UK11, "UK11 contract termination notice");
		WORDS.put(TransparencyNoticeType.OCDS_RELEASE, "OCDS release");
		WORDS.put(TransparencyNoticeType.VOLUNTARY, "Voluntary publication");
	}

	private Labels() {
	}

	/** The value in plain words; an empty string for {@code null}. */
	public static String of(Enum<?> value) {
		if (value == null) {
			return "";
		}
		if (value instanceof PartnershipModel model) {
			return capitalise(model.label());
		}
		String words = WORDS.get(value);
		return (words != null) ? words : capitalise(value.name().replace('_', ' ').toLowerCase(Locale.ROOT));
	}

	static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A model's name short enough for a chart's axis or a table cell. */
	public static String shortModel(PartnershipModel model) {
		return switch (model) {
			case TRANSACTIONAL_CONTRACT -> "Transactional";
			case FORMAL_RELATIONAL_CONTRACT -> "Formal-relational";
			case ALIGNMENT_WITHOUT_CONTRACT -> "Alignment";
		};
	}

}
