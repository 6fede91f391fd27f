package org.partnershipledger.query.web;

import java.util.Map;

import org.partnershipledger.events.model.AuthorityType;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.MeasureKind;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.events.relational.RelationalClause;
import org.partnershipledger.query.partnership.LinkedAdaptation;

/**
 * Plain words for the codes of a partnership's relational life (DOMAIN.md §4 items 5 to
 * 14, §5) where the code in sentence case would not read well. The legal grounds are
 * named as the law names them; the product records the ground and gives no legal advice.
 */
final class RelationalWords {

	private RelationalWords() {
	}

	static void addTo(Map<Enum<?>, String> words) {
		words.put(InstrumentType.MOU, "Memorandum of understanding");
		words.put(RelationalClause.VISION, "Shared vision");
		words.put(RelationalClause.OPEN_BOOK, "Open book");
		words.put(RelationalClause.RELATIONAL_HEALTH_CHECK, "Relational health check");
		words.put(PrincipleCode.CUSTOM, "Another principle (describe it)");
		words.put(MeasureKind.KPI, "Key performance indicator (KPI)");
		words.put(DisputeStep.ADJUDICATION_OR_COURT, "Adjudication or court");
		words.put(AdaptationCategory.PRICE_OR_RATE_CHANGE, "Price or rate change");
		words.put(AdaptationCategory.PRINCIPLES_OR_VISION_CHANGE, "Principles or vision change");
		words.put(AdaptationCategory.CORRECTION, "Correction (a clerical fix, not an amendment)");
		words.put(AdaptationFormality.OPERATIONAL, "Operational change");
		words.put(AdaptationFormality.GOVERNANCE_DECISION, "Governance decision");
		words.put(AdaptationFormality.FORMAL_VARIATION, "Formal variation of the contract");
		words.put(AdaptationStatus.PROPOSED, "Proposed");
		words.put(IterationDecision.ADOPT, "Adopt the change");
		words.put(IterationDecision.ADAPT, "Adapt it and try again");
		words.put(IterationDecision.ABANDON, "Abandon it");
		words.put(IterationDecision.SCALE, "Scale it up");
		words.put(LegalGround.SCHEDULE_8_PROVIDED_FOR_IN_CONTRACT,
				"Procurement Act 2023 Schedule 8: provided for in the contract");
		words.put(LegalGround.SCHEDULE_8_URGENCY_OR_PROTECTION_OF_LIFE,
				"Procurement Act 2023 Schedule 8: urgency or protection of life");
		words.put(LegalGround.SCHEDULE_8_UNFORESEEABLE_CIRCUMSTANCES,
				"Procurement Act 2023 Schedule 8: unforeseeable circumstances (up to +50% value)");
		words.put(LegalGround.SCHEDULE_8_KNOWN_RISK_MATERIALISED,
				"Procurement Act 2023 Schedule 8: a known risk materialised (up to +50% value)");
		words.put(LegalGround.SCHEDULE_8_ADDITIONAL_GOODS_SERVICES_WORKS,
				"Procurement Act 2023 Schedule 8: additional goods, services or works");
		words.put(LegalGround.SCHEDULE_8_CORPORATE_RESTRUCTURING,
				"Procurement Act 2023 Schedule 8: corporate restructuring");
		words.put(LegalGround.NOT_SUBSTANTIAL_S74, "Not a substantial modification (section 74)");
		words.put(LegalGround.BELOW_THRESHOLD, "Below-threshold contract");
		words.put(LegalGround.LIGHT_TOUCH_FREE_MODIFICATION, "Light-touch contract: may be modified freely");
		words.put(LegalGround.PCR2015_REG72, "Public Contracts Regulations 2015, regulation 72 (legacy)");
		words.put(LegalGround.NOT_A_CONTRACT_CHANGE, "Not a contract change");
		words.put(LinkedAdaptation.Link.RUNS_UNDER, "The iteration runs under it");
		words.put(LinkedAdaptation.Link.FOLLOW_UP, "Follow-up of the iteration");
		words.put(LinkedAdaptation.Link.TRIGGERED, "Led to by the iteration");
		words.put(AuthorityType.CONTRACT_CLAUSE, "A contract clause");
		words.put(AuthorityType.GOVERNANCE_DELEGATION, "A delegation in the governance arrangements");
		words.put(AuthorityType.BOARD_DECISION, "A board decision");
		words.put(AuthorityType.STATUTORY_GROUND, "A statutory ground");
		words.put(AuthorityType.OFFICER_DELEGATION, "An officer's delegated authority");
		words.put(AuthorityType.NONE, "None stated");
	}

}
