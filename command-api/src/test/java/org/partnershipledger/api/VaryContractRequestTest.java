package org.partnershipledger.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.LegalGround;

import static org.assertj.core.api.Assertions.assertThat;

/** A required contract change notice needs its reference and publication date. */
class VaryContractRequestTest {

	private static VaryContractRequest variation(Boolean noticeRequired, String reference, LocalDate publishedOn) {
		return new VaryContractRequest("ad-1", AdaptationCategory.SCOPE_CHANGE, LegalGround.NOT_SUBSTANTIAL_S74,
				new Money(new BigDecimal("100"), "GBP"), LocalDate.of(2030, 4, 30), LocalDate.of(2025, 11, 1),
				noticeRequired, reference, publishedOn, null, null, null, null);
	}

	@Test
	void aRequiredNoticeWithoutReferenceOrDateIsReportedOnBothFields() {
		assertThat(variation(true, null, null).problems(Clock.systemUTC())).extracting(FieldProblem::field)
			.containsExactly("noticeReference", "noticePublishedOn");
	}

	@Test
	void noNoticeRequiredNeedsNeither() {
		assertThat(variation(false, null, null).problems(Clock.systemUTC())).isEmpty();
	}

	@Test
	void whetherANoticeIsRequiredMustBeStated() {
		assertThat(variation(null, null, null).problems(Clock.systemUTC())).extracting(FieldProblem::field)
			.containsExactly("contractChangeNoticeRequired");
	}

}
