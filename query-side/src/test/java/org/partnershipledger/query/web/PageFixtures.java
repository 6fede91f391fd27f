package org.partnershipledger.query.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RuleSets;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.query.Overviews;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Assessment;
import org.partnershipledger.query.partnership.ModelChoice;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Party;

/** People and partnerships for the page tests. */
public final class PageFixtures {

	public static final String PARTNERSHIP_ID = "3f6c1d2e-0000-4000-8000-000000000001";

	static final Instant REGISTERED = Instant.parse("2025-04-01T09:30:00Z");

	static final Instant ASSESSED = Instant.parse("2025-05-02T10:00:00Z");

	static final Instant CHOSEN = Instant.parse("2025-06-03T11:00:00Z");

	public static final Organisation COUNCIL = new Organisation("Leeds City Council",
			new OrganisationIdentifier("GB-LAC", "E08000035"));

	public static final Organisation CHARITY = new Organisation("Pathways Charity",
			new OrganisationIdentifier("GB-CHC", "1234567"));

	static final Organisation STRANGER = new Organisation("Elsewhere Council",
			new OrganisationIdentifier("GB-LAC", "E09999999"));

	private PageFixtures() {
	}

	public static LedgerUser commissioner() {
		return new LedgerUser(new Identity("jane", "Jane Commissioner", UserRole.COMMISSIONER, COUNCIL), "{noop}x");
	}

	public static LedgerUser provider() {
		return new LedgerUser(new Identity("paul", "Paul Provider", UserRole.PROVIDER, CHARITY), "{noop}x");
	}

	public static LedgerUser outsider() {
		return new LedgerUser(new Identity("olga", "Olga Outsider", UserRole.COMMISSIONER, STRANGER), "{noop}x");
	}

	public static LedgerUser auditor() {
		return new LedgerUser(new Identity("alex", "Alex Auditor", UserRole.AUDITOR,
				new Organisation("Audit Office", new OrganisationIdentifier("GB-GOR", "AO1"))), "{noop}x");
	}

	public static LedgerUser admin() {
		return new LedgerUser(new Identity("admin", "Ada Admin", UserRole.ADMIN, null), "{noop}x");
	}

	/** The homelessness example of DOMAIN.md §2.4: relational, 82, index 4.10, high. */
	public static Recommendation relationalRecommendation() {
		return RuleSets.current().recommend(true, scores(4, 4, 4, 3, 5, 4, 5));
	}

	static Map<Dimension, Integer> scores(Integer... values) {
		Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			scores.put(dimension, values[dimension.ordinal()]);
		}
		return scores;
	}

	/** Registered by the council, the charity joined; nothing assessed. */
	public static PartnershipOverview registered() {
		PartyRef commissioning = new PartyRef("party-1", COUNCIL.name(), COUNCIL.identifier());
		List<Party> parties = List.of(
				new Party("party-1", COUNCIL.name(), COUNCIL.identifier(), List.of(PartyRole.COMMISSIONER), null,
						"Registered the partnership", REGISTERED),
				new Party("party-2", CHARITY.name(), CHARITY.identifier(), List.of(PartyRole.LEAD_PROVIDER),
						PartyBasis.CONTRACT, "Lead provider from the procurement", REGISTERED));
		return Overviews.of(PARTNERSHIP_ID, "Homelessness outcomes partnership",
				"A prime and 8 providers helping people into settled homes", "Homelessness",
				LegalRegime.PA2023_LIGHT_TOUCH, new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2030, 3, 31)),
				new Money(new BigDecimal("12500000"), "GBP"), PartnershipStatus.REGISTERED, 1, commissioning, parties,
				null, List.of(), null, null, null, null, false, null, REGISTERED, REGISTERED);
	}

	/**
	 * Assessed as relational, but the commissioner chose a transactional contract with a
	 * justification: divergent since the choice.
	 */
	public static PartnershipOverview divergent() {
		PartnershipOverview base = registered();
		Recommendation recommendation = relationalRecommendation();
		Map<Dimension, DimensionScore> scores = new EnumMap<>(Dimension.class);
		relationalScores().forEach((dimension, score) -> scores.put(dimension,
				new DimensionScore(score, "Evidence for " + dimension.name() + " from the needs assessment")));
		Actor jane = new Actor("jane", "Jane Commissioner", ActorRole.COMMISSIONER, "party-1");
		Assessment assessment = new Assessment("assessment-1", AssessmentTrigger.INITIAL, true, false, scores,
				recommendation, null, List.of(), false, ASSESSED, ASSESSED, jane);
		ModelChoice choice = new ModelChoice("decision-1", PartnershipModel.TRANSACTIONAL_CONTRACT,
				PaymentMechanism.UNIT_OR_ACTIVITY_PRICE, "assessment-1", recommendation.model(), Confidence.HIGH, true,
				"The framework for this service only allows call-off contracts at fixed unit rates this year.",
				List.of(DepartureReason.LEGAL_OR_REGIME_CONSTRAINT), null, CHOSEN, CHOSEN, jane);
		return Overviews.of(base.partnershipId(), base.title(), base.description(), base.serviceArea(),
				base.legalRegime(), base.plannedPeriod(), base.estimatedValue(), PartnershipStatus.MODEL_CHOSEN, 3,
				base.commissioningParty(), base.parties(), assessment, List.of(assessment), recommendation.model(),
				PartnershipModel.TRANSACTIONAL_CONTRACT, PaymentMechanism.UNIT_OR_ACTIVITY_PRICE, choice, true, CHOSEN,
				REGISTERED, CHOSEN);
	}

	/**
	 * The health and social care alliance of DOMAIN.md §2.4: no money changes hands, so
	 * alignment, with a counterfactual; not yet chosen.
	 */
	public static PartnershipOverview alignment() {
		PartnershipOverview base = registered();
		Recommendation recommendation = RuleSets.current().recommend(false, scores(5, 4, 4, 4, 5, 3, 5));
		Map<Dimension, DimensionScore> scores = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			scores.put(dimension, new DimensionScore(4, "Evidence from the alliance's joint needs assessment"));
		}
		Assessment assessment = new Assessment("assessment-9", AssessmentTrigger.INITIAL, false, true, scores,
				recommendation, null, List.of(), false, ASSESSED, ASSESSED,
				new Actor("jane", "Jane Commissioner", ActorRole.COMMISSIONER, "party-1"));
		return Overviews.of(base.partnershipId(), "Health and social care alliance", base.description(),
				base.serviceArea(), LegalRegime.NON_CONTRACTUAL, base.plannedPeriod(), null, PartnershipStatus.ASSESSED,
				2, base.commissioningParty(), base.parties(), assessment, List.of(assessment), recommendation.model(),
				null, null, null, false, null, REGISTERED, ASSESSED);
	}

	static Map<Dimension, Integer> relationalScores() {
		return scores(4, 4, 4, 3, 5, 4, 5);
	}

}
