package org.partnershipledger.events.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What holds for every well-formed relational health check. */
class RelationalHealthRhc1PropertiesTest {

	@Property
	void theOverallMeanLiesBetweenOneAndFive(@ForAll("parties") List<PartyRatings> parties) {
		BigDecimal overall = RelationalHealthRhc1.score(parties, null).overall();

		assertThat(overall).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5));
	}

	@Property
	void theRagFollowsTheOverallMean(@ForAll("parties") List<PartyRatings> parties) {
		RelationalHealthResult result = RelationalHealthRhc1.score(parties, null);

		assertThat(result.rag()).isEqualTo(RelationalHealthRhc1.rag(result.overall()));
	}

	@Property
	void partiesThatAnswerAlikeGiveWhatOnePartyGives(@ForAll("party") PartyRatings one,
			@ForAll @IntRange(min = 2, max = 5) int copies) {
		List<PartyRatings> alike = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			alike.add(new PartyRatings("party-" + i, one.respondents()));
		}

		RelationalHealthResult single = RelationalHealthRhc1.score(List.of(one), null);
		RelationalHealthResult many = RelationalHealthRhc1.score(alike, null);

		assertThat(many.overall()).isEqualByComparingTo(single.overall());
		assertThat(many.rag()).isEqualTo(single.rag());
		assertThat(many.parties()).allSatisfy((party) -> {
			assertThat(party.itemMeans()).isEqualTo(single.parties().get(0).itemMeans());
			assertThat(party.mean()).isEqualTo(single.parties().get(0).mean());
		});
		assertThat(many.flags()).extracting(HealthFlag::kind, HealthFlag::item)
			.isEqualTo(single.flags()
				.stream()
				.map((flag) -> org.assertj.core.groups.Tuple.tuple(flag.kind(), flag.item()))
				.toList());
		assertThat(many.has(HealthFlagKind.PERCEPTION_GAP)).isFalse();
	}

	@Provide
	Arbitrary<PartyRatings> party() {
		Arbitrary<Map<HealthItem, Integer>> respondent = Arbitraries.integers()
			.between(1, 5)
			.list()
			.ofSize(HealthItem.values().length)
			.map((ratings) -> Ratings.respondent(ratings.stream().mapToInt(Integer::intValue).toArray()));
		return respondent.list().ofMinSize(1).ofMaxSize(6).map((respondents) -> new PartyRatings("p", respondents));
	}

	@Provide
	Arbitrary<List<PartyRatings>> parties() {
		return party().list().ofMinSize(1).ofMaxSize(5).map((parties) -> {
			List<PartyRatings> named = new ArrayList<>();
			for (int i = 0; i < parties.size(); i++) {
				named.add(new PartyRatings("party-" + i, parties.get(i).respondents()));
			}
			return Collections.unmodifiableList(named);
		});
	}

}
