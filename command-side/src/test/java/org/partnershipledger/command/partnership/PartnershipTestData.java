package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.model.Period;

/** People, organisations, requests and events for the aggregate's specifications. */
final class PartnershipTestData {

	static final String PARTNERSHIP = "p-1";

	static final String COUNCIL_PARTY = "party-council";

	static final String CHARITY_PARTY = "party-charity";

	static final String INVESTOR_PARTY = "party-investor";

	static final Instant T0 = Instant.parse("2025-04-01T09:00:00Z");

	static final Organisation COUNCIL = new Organisation("Leeds City Council",
			new OrganisationIdentifier("GB-LAC", "E08000035"));

	static final Organisation CHARITY = new Organisation("Homes Together",
			new OrganisationIdentifier("GB-CHC", "1149085"));

	static final Organisation INVESTOR = new Organisation("Social Outcomes Fund",
			new OrganisationIdentifier("GB-COH", "09876543"));

	static final Organisation OTHER_COUNCIL = new Organisation("Bradford Council",
			new OrganisationIdentifier("GB-LAC", "E08000032"));

	static final Identity COMMISSIONER = new Identity("cara", "Cara Commissioner", UserRole.COMMISSIONER, COUNCIL);

	static final Identity PROVIDER = new Identity("pat", "Pat Provider", UserRole.PROVIDER, CHARITY);

	static final Identity AUDITOR = new Identity("audrey", "Audrey Auditor", UserRole.AUDITOR,
			new Organisation("National Audit Office", new OrganisationIdentifier("GB-GOR", "PB9")));

	static final Identity OUTSIDER = new Identity("otto", "Otto Outsider", UserRole.COMMISSIONER, OTHER_COUNCIL);

	static final Identity ADMIN = new Identity("root", "Ada Admin", UserRole.ADMIN, null);

	static final Authority DELEGATION = new Authority(AuthorityType.OFFICER_DELEGATION, "Scheme of delegation 4.1");

	static final String JUSTIFICATION = "The market cannot yet support a relational contract; we pilot first for a year.";

	private PartnershipTestData() {
	}

	static RegisterPartnershipRequest registerRequest() {
		return new RegisterPartnershipRequest("Homelessness outcomes partnership", "Prime plus eight providers",
				"Housing", LegalRegime.PA2023_LIGHT_TOUCH,
				new Period(LocalDate.parse("2025-04-01"), LocalDate.parse("2030-03-31")),
				new Money(new BigDecimal("5000000"), "GBP"), null, null, null, DELEGATION);
	}

	static PartnershipRegistered registered() {
		RegisterPartnershipRequest request = registerRequest();
		return new PartnershipRegistered(PARTNERSHIP, request.title(), request.description(), request.serviceArea(),
				new PartyRef(COUNCIL_PARTY, COUNCIL.name(), COUNCIL.identifier()), request.legalRegime(),
				request.plannedPeriod(), request.estimatedValue(), null, null, T0);
	}

	static AddPartyRequest addCharityRequest() {
		return new AddPartyRequest(CHARITY.name(), CHARITY.identifier(), List.of(PartyRole.LEAD_PROVIDER),
				PartyBasis.CONTRACT, "Won the competition for lead provider", null, null, null, null);
	}

	static PartyJoined charityJoined() {
		return new PartyJoined(PARTNERSHIP, CHARITY_PARTY, CHARITY, List.of(PartyRole.LEAD_PROVIDER),
				PartyBasis.CONTRACT, "Won the competition for lead provider", null, null, T0);
	}

	static PartyJoined investorJoined() {
		return new PartyJoined(PARTNERSHIP, INVESTOR_PARTY, INVESTOR, List.of(PartyRole.INVESTOR), PartyBasis.CONTRACT,
				"Funds the bond", null, null, T0);
	}

	static Map<Dimension, DimensionScore> scores(Integer... values) {
		Map<Dimension, DimensionScore> scores = new LinkedHashMap<>();
		Dimension[] dimensions = Dimension.values();
		for (int i = 0; i < dimensions.length; i++) {
			scores.put(dimensions[i], new DimensionScore(values[i], "Evidence from the needs assessment, p." + i));
		}
		return scores;
	}

	static AssessServiceCharacteristicsRequest assessRequest(Integer... values) {
		return new AssessServiceCharacteristicsRequest(AssessmentTrigger.INITIAL, true, true, scores(values), List.of(),
				null, null);
	}

	static Recommendation recommendation(PartnershipModel model, Confidence confidence) {
		return new Recommendation(model, 60, new BigDecimal("3.00"), confidence, List.of(), List.of(), List.of(),
				"Recommended " + model.label(), "TEST-1", null);
	}

	static ServiceCharacteristicsAssessed assessed(String assessmentId, Recommendation recommendation,
			Integer... values) {
		return new ServiceCharacteristicsAssessed(PARTNERSHIP, assessmentId, AssessmentTrigger.INITIAL, true, true,
				scores(values), List.of(), recommendation, null, List.of(), false, null, false, T0);
	}

	static ChoosePartnershipModelRequest chooseRequest(PartnershipModel model, PaymentMechanism mechanism,
			String basedOn, String justification, DepartureReason... reasons) {
		return new ChoosePartnershipModelRequest(model, mechanism, basedOn, justification, List.of(reasons), null,
				null);
	}

	/** A rejection of the given kind naming exactly the given fields. */
	static Matcher<PartnershipRejection> rejection(RejectionKind kind, String... fields) {
		return new TypeSafeMatcher<>() {

			@Override
			protected boolean matchesSafely(PartnershipRejection rejection) {
				return rejection.kind() == kind
						&& rejection.problems().stream().map(FieldProblem::field).toList().equals(List.of(fields));
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a " + kind + " rejection naming " + List.of(fields));
			}

			@Override
			protected void describeMismatchSafely(PartnershipRejection rejection, Description description) {
				description.appendText("was " + rejection.kind() + " " + rejection.problems());
			}

		};
	}

}
