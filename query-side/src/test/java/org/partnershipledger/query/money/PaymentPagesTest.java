package org.partnershipledger.query.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.query.web.PageFixtures;
import org.partnershipledger.query.web.PageTestSupport;
import org.partnershipledger.query.web.RelationalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Payments on pages: the commissioner schedules, records as made and adjusts them. */
class PaymentPagesTest extends PageTestSupport {

	private static final String BASE = "/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	private void accepted(long version) {
		acceptedAs(Accepted.partnership(PageFixtures.PARTNERSHIP_ID, version));
	}

	@Test
	void onlyTheCommissionerIsOfferedToScheduleAPayment() throws Exception {
		showing(RelationalFixtures.active());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(
					allOf(containsString("id=\"schedule-payment\""), containsString("No payments scheduled yet."))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(not(containsString("id=\"schedule-payment\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.auditor())))
			.andExpect(content().string(not(containsString("id=\"schedule-payment\""))));
		this.mvc.perform(get(BASE + "/payments/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/payments/new").with(user(PageFixtures.auditor())))
			.andExpect(status().isForbidden());
	}

	@Test
	void noPaymentIsOfferedOnAnAlignmentPartnership() throws Exception {
		showing(RelationalFixtures.alignmentActive());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content().string(not(containsString("id=\"schedule-payment\""))));
		this.mvc.perform(get(BASE + "/payments/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aScheduledPaymentIsOfferedToBeMadeAndAMadeOneOnlyToBeAdjusted() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(get(BASE).with(user(PageFixtures.commissioner())))
			.andExpect(content()
				.string(allOf(containsString("id=\"make-payment-2\""), not(containsString("id=\"make-payment-1\"")),
						containsString("id=\"adjust-payment-1\""), containsString("id=\"adjust-payment-2\""))));
		this.mvc.perform(get(BASE).with(user(PageFixtures.provider())))
			.andExpect(content().string(allOf(not(containsString("id=\"make-payment-2\"")),
					not(containsString("id=\"adjust-payment-1\"")))));
		this.mvc.perform(get(BASE + "/payments/payment-1/made/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/payments/payment-2/adjustments/new").with(user(PageFixtures.provider())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/payments/payment-9/made/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theScheduleFormListsTheReportsAnOutcomePaymentMayPayFor() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(get(BASE + "/payments/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("value=\"report-2\""), containsString("value=\"report-3\""),
							not(containsString("value=\"report-1\"")), containsString("(verified)"))));
	}

	@Test
	void aScheduledPaymentIsSentAndTheOverviewWaitsForItsVersion() throws Exception {
		showing(RelationalFixtures.exiting());
		accepted(70);

		this.mvc
			.perform(post(BASE + "/payments/new").param("kind", "OUTCOME")
				.param("amount", "£40,500")
				.param("dueOn.day", "30")
				.param("dueOn.month", "4")
				.param("dueOn.year", "2026")
				.param("linkedReportIds", "report-2")
				.param("description", "Quarter four outcomes")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=70"));

		SchedulePaymentRequest request = (SchedulePaymentRequest) sentTo("/payments");
		assertThat(request.kind()).isEqualTo(PaymentKind.OUTCOME);
		assertThat(request.amount()).isEqualTo(new Money(new BigDecimal("40500"), "GBP"));
		assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(request.linkedReportIds()).containsExactly("report-2");
		assertThat(request.description()).isEqualTo("Quarter four outcomes");
	}

	@Test
	void anOutcomePaymentWithoutReportsOrAmountIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc
			.perform(post(BASE + "/payments/new").param("kind", "OUTCOME")
				.param("amount", "lots")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("paymentForm", "amount", "dueOn", "linkedReportIds"))
			.andExpect(content().string(allOf(containsString("The amount must be an amount in pounds, like 12500"),
					containsString("href=\"#linkedReportIds"), containsString("<title>Error: "))));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

	@Test
	void thePaymentMadeFormStartsWithTheScheduledAmount() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc.perform(get(BASE + "/payments/payment-2/made/new").with(user(PageFixtures.commissioner())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"250000\""), containsString("£250,000"),
					containsString("Core grant, quarter four"))));
	}

	@Test
	void aPaymentMadeIsSentToThePaymentsPath() throws Exception {
		showing(RelationalFixtures.exiting());
		accepted(71);

		this.mvc
			.perform(post(BASE + "/payments/payment-2/made/new").param("amount", "250000")
				.param("paidOn.day", "31")
				.param("paidOn.month", "3")
				.param("paidOn.year", "2026")
				.param("reference", "BACS-0201")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=71"));

		MakePaymentRequest request = (MakePaymentRequest) sentTo("/payments/payment-2/made");
		assertThat(request.amount()).isEqualTo(new Money(new BigDecimal("250000"), "GBP"));
		assertThat(request.paidOn()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(request.reference()).isEqualTo("BACS-0201");
	}

	@Test
	void aPaymentMadeRefusedByTheCommandSideIsShownOnItsField() throws Exception {
		showing(RelationalFixtures.exiting());
		refused("paidOn", "The payment cannot be made before it was scheduled");

		this.mvc
			.perform(post(BASE + "/payments/payment-2/made/new").param("amount", "250000")
				.param("paidOn.day", "1")
				.param("paidOn.month", "1")
				.param("paidOn.year", "2025")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("paymentForm", "paidOn"))
			.andExpect(content().string(containsString("The payment cannot be made before it was scheduled")));
	}

	@Test
	void anAdjustmentIsSentWithItsKindAndReason() throws Exception {
		showing(RelationalFixtures.exiting());
		accepted(72);

		this.mvc
			.perform(post(BASE + "/payments/payment-1/adjustments/new").param("kind", "CLAWBACK")
				.param("amount", "3000")
				.param("reason", "Two tenancies were counted twice")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(redirectedUrl(BASE + "?minVersion=72"));

		AdjustPaymentRequest request = (AdjustPaymentRequest) sentTo("/payments/payment-1/adjustments");
		assertThat(request.kind()).isEqualTo(PaymentAdjustmentKind.CLAWBACK);
		assertThat(request.amount()).isEqualTo(new Money(new BigDecimal("3000"), "GBP"));
		assertThat(request.reason()).isEqualTo("Two tenancies were counted twice");
	}

	@Test
	void anAdjustmentWithoutKindOrReasonIsShownAgainAndNotSent() throws Exception {
		showing(RelationalFixtures.exiting());

		this.mvc
			.perform(post(BASE + "/payments/payment-1/adjustments/new").param("amount", "-5")
				.with(user(PageFixtures.commissioner()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("paymentForm", "kind", "amount", "reason"))
			.andExpect(content().string(containsString("The amount adjusted must be 0 or more")));
		verify(this.commands, never()).send(any(Identity.class), anyString(), any());
	}

}
