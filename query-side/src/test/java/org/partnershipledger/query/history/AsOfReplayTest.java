package org.partnershipledger.query.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.Restamp;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.partnership.OutcomeReport;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.timeline.SummaryNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A partnership as it stood on a date, on both axes, against expectations worked out by
 * hand from {@link BackdatedCorrection}'s table.
 */
class AsOfReplayTest {

	private final BackdatedCorrection partnership = new BackdatedCorrection(TestEvents.uniqueIdentifier("GB-LAC"),
			TestEvents.uniqueIdentifier("GB-CHC"));

	@Test
	void onThe31stOfAugustTheRecordStillSaid42() {
		OverviewAsOf view = replay("2025-08-31", "recorded");

		assertThat(view.overview().version()).isEqualTo(4);
		assertThat(view.overview().status()).isEqualTo(PartnershipStatus.ACTIVE);
		assertThat(view.overview().outcomeReports()).singleElement().satisfies((report) -> {
			assertThat(report.reportId()).isEqualTo("report-1");
			assertThat(report.value()).isEqualByComparingTo("42");
			assertThat(report.status()).isEqualTo(OutcomeReportStatus.REPORTED);
		});
		assertThat(view.overview().reviews()).isEmpty();
	}

	@Test
	void onThe31stOfAugust40WasInEffectThroughTheCorrectionRecordedInOctober() {
		OverviewAsOf view = replay("2025-08-31", "effective");

		assertThat(view.overview().version()).isEqualTo(5);
		assertThat(view.overview().outcomeReports()).extracting(OutcomeReport::reportId, OutcomeReport::status)
			.containsExactly(tuple("report-1", OutcomeReportStatus.SUPERSEDED),
					tuple("report-2", OutcomeReportStatus.REPORTED));
		assertThat(view.overview().outcomeReport("report-2").orElseThrow().value())
			.isEqualByComparingTo(new BigDecimal("40"));
		assertThat(view.overview().reviews()).isEmpty();
	}

	@Test
	void bothAxesNameTheCorrectionAsWhereTheyDiffer() {
		for (String axis : List.of("recorded", "effective")) {
			OverviewAsOf view = replay("2025-08-31", axis);

			assertThat(view.axesDiffer()).isTrue();
			assertThat(view.recordedLater()).singleElement().satisfies((late) -> {
				assertThat(late.sequenceNumber()).isEqualTo(5);
				assertThat(late.type()).isEqualTo("OutcomeReportCorrected");
				assertThat(late.recordedAt()).isEqualTo(Instant.parse("2025-10-01T09:00:00Z"));
				assertThat(late.summary()).contains("40");
			});
		}
	}

	@Test
	void beforeTheReportAndAfterTheCorrectionWasRecordedTheAxesAgree() {
		OverviewAsOf june = replay("2025-06-30", "effective");
		OverviewAsOf october = replay("2025-10-01T09:00:00Z", "recorded");

		assertThat(june.axesDiffer()).isFalse();
		assertThat(june.overview().version()).isEqualTo(3);
		assertThat(june.overview().outcomeReports()).isEmpty();
		assertThat(replay("2025-06-30", "recorded").overview()).isEqualTo(june.overview());
		assertThat(october.axesDiffer()).isFalse();
		assertThat(october.overview()).isEqualTo(replay("2025-10-01T09:00:00Z", "effective").overview());
		assertThat(october.overview().version()).isEqualTo(5);
	}

	@Test
	void afterEverythingBothAxesAreTheLiveFold() {
		PartnershipOverview live = PartnershipOverview.fold(this.partnership.envelopes);

		assertThat(replay("2030-01-01", "recorded").overview()).isEqualTo(live);
		assertThat(replay("2030-01-01", "effective").overview()).isEqualTo(live);
	}

	@Test
	void beforeRegistrationThereIsNothingToShow() {
		assertThat(OverviewHistory.replay(this.partnership.envelopes, AsOf.parse("2025-03-31", "effective"),
				SummaryNames.IDS))
			.isEmpty();
	}

	@Test
	void anEventInEffectBeforeWhatItDependsOnIsLeftOutAndNamed() {
		List<EventEnvelope> envelopes = new ArrayList<>(this.partnership.envelopes);
		// a verification of the correction, back-dated before the correction itself took
		// effect
		envelopes.add(Restamp.at(this.partnership.events.reportVerified("report-2", "Checked against the ledger"),
				"2025-06-15T09:00:00Z", "2025-10-05T09:00:00Z"));

		OverviewAsOf view = OverviewHistory.replay(envelopes, AsOf.parse("2025-06-30", "effective"), SummaryNames.IDS)
			.orElseThrow();

		assertThat(view.overview().version()).isEqualTo(3);
		assertThat(view.notApplied()).singleElement().satisfies((left) -> {
			assertThat(left.sequenceNumber()).isEqualTo(7);
			assertThat(left.summary()).contains("report-2");
		});
		assertThat(view.recordedLater()).extracting(LateEvent::sequenceNumber).containsExactly(7L);
	}

	@Test
	void aDateMeansTheEndOfThatDayInUkTime() {
		assertThat(AsOf.parse("2025-08-31", null).at()).isEqualTo(Instant.parse("2025-08-31T22:59:59.999999Z"));
		assertThat(AsOf.parse("2025-08-31", null).axis()).isEqualTo(Axis.RECORDED);
		assertThat(AsOf.parse("2025-08-31T10:00:00Z", "EFFECTIVE").at())
			.isEqualTo(Instant.parse("2025-08-31T10:00:00Z"));
	}

	@Test
	void aBadMomentOrAxisNamesTheParameter() {
		assertThatThrownBy(() -> AsOf.parse("31/08/2025", null)).hasFieldOrPropertyWithValue("parameter", "asOf");
		assertThatThrownBy(() -> AsOf.parse("2025-08-31", "sideways")).hasFieldOrPropertyWithValue("parameter", "axis");
	}

	private OverviewAsOf replay(String asOf, String axis) {
		return OverviewHistory.replay(this.partnership.envelopes, AsOf.parse(asOf, axis), SummaryNames.IDS)
			.orElseThrow();
	}

}
