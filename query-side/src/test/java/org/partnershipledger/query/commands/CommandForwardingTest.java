package org.partnershipledger.query.commands;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.method.annotation.AuthenticationPrincipalArgumentResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.api.ApiExceptionHandler;
import org.partnershipledger.query.identity.LedgerUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every command of the relational life reaches the command side at the same path under
 * /internal/v1, as its shared request record, and its answer comes back as given.
 */
class CommandForwardingTest {

	private static final Identity PROVIDER = new Identity("pat", "Pat Provider", UserRole.PROVIDER,
			new Organisation("Shelter Trust", new OrganisationIdentifier("GB-CHC", "1234567")));

	private final CommandClient client = mock(CommandClient.class);

	private MockMvc mvc;

	@BeforeEach
	void controllersWithAStandInClient() {
		this.mvc = MockMvcBuilders
			.standaloneSetup(new CommandApiController(this.client,
					LedgerJson.configure(Jackson2ObjectMapperBuilder.json().build()), List.of()))
			.setControllerAdvice(new ApiExceptionHandler())
			.setCustomArgumentResolvers(new AuthenticationPrincipalArgumentResolver())
			.setMessageConverters(new ByteArrayHttpMessageConverter(),
					new MappingJackson2HttpMessageConverter(
							LedgerJson.configure(Jackson2ObjectMapperBuilder.json().build())))
			.build();
		LedgerUser user = new LedgerUser(PROVIDER, "{noop}x");
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@ParameterizedTest
	@CsvSource({ "/partnerships/p-1/parties/party-2/departure, RemovePartyRequest",
			"/partnerships/p-1/contract, ConcludeContractRequest",
			"/partnerships/p-1/alignment-instrument, AdoptAlignmentInstrumentRequest",
			"/partnerships/p-1/vision, AgreeSharedVisionRequest",
			"/partnerships/p-1/principles, AgreeGuidingPrinciplesRequest",
			"/partnerships/p-1/governance, AgreeGovernanceArrangementsRequest",
			"/partnerships/p-1/outcome-measures, DefineOutcomeMeasureRequest",
			"/partnerships/p-1/outcome-measures/m-1/revisions, ReviseOutcomeMeasureRequest",
			"/partnerships/p-1/adaptations, ProposeAdaptationRequest",
			"/partnerships/p-1/adaptations/a-1/assessment, AssessAdaptationRequest",
			"/partnerships/p-1/adaptations/a-1/agreement, AgreeAdaptationRequest",
			"/partnerships/p-1/adaptations/a-1/rejection, RejectAdaptationRequest",
			"/partnerships/p-1/adaptations/a-1/withdrawal, WithdrawAdaptationRequest",
			"/partnerships/p-1/adaptations/a-1/implementation, ImplementAdaptationRequest",
			"/partnerships/p-1/adaptations/a-1/evaluation, EvaluateAdaptationEffectRequest",
			"/partnerships/p-1/iterations, StartIterationRequest",
			"/partnerships/p-1/iterations/i-1/conclusion, ConcludeIterationRequest",
			"/partnerships/p-1/iterations/recorded, RecordIterationRequest",
			"/partnerships/p-1/reviews, ScheduleReviewRequest",
			"/partnerships/p-1/reviews/r-1/rescheduling, RescheduleReviewRequest",
			"/partnerships/p-1/reviews/r-1/held, HoldReviewRequest",
			"/partnerships/p-1/reviews/r-1/minutes-confirmation, ConfirmReviewMinutesRequest",
			"/partnerships/p-1/contract-variations, VaryContractRequest",
			"/partnerships/p-1/contract/extension, ExtendContractRequest",
			"/partnerships/p-1/contract/termination, TerminateContractRequest",
			"/partnerships/p-1/alignment-instrument/ending, EndAlignmentInstrumentRequest",
			"/partnerships/p-1/closure, ClosePartnershipRequest",
			"/partnerships/p-1/outcome-reports, ReportOutcomeRequest",
			"/partnerships/p-1/outcome-reports/o-1/verification, VerifyOutcomeReportRequest",
			"/partnerships/p-1/outcome-reports/o-1/query, QueryOutcomeReportRequest",
			"/partnerships/p-1/outcome-reports/o-1/correction, CorrectOutcomeReportRequest",
			"/partnerships/p-1/payments, SchedulePaymentRequest",
			"/partnerships/p-1/payments/pay-1/made, MakePaymentRequest",
			"/partnerships/p-1/payments/pay-1/adjustments, AdjustPaymentRequest",
			"/partnerships/p-1/disputes, RaiseDisputeRequest",
			"/partnerships/p-1/disputes/d-1/escalation, EscalateDisputeRequest",
			"/partnerships/p-1/disputes/d-1/resolution, ResolveDisputeRequest",
			"/partnerships/p-1/transparency-notices, RecordTransparencyNoticeRequest",
			"/partnerships/p-1/audit-findings, RaiseAuditFindingRequest",
			"/partnerships/p-1/audit-findings/f-1/response, RespondToAuditFindingRequest" })
	void aCommandIsForwardedToTheSamePathOnTheCommandSideAsItsRequestRecord(String path, String requestType)
			throws Exception {
		given(this.client.send(any(Identity.class), anyString(), any(), isNull()))
			.willReturn(new CommandOutcome(201, Accepted.partnership("p-1", 12), null, null, null,
					"/api/v1" + path.replace("/recorded", "/i-9"), null));

		this.mvc.perform(post("/api/v1" + path).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1" + path.replace("/recorded", "/i-9")))
			.andExpect(jsonPath("$.version").value(12));

		ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
		verify(this.client).send(eq(PROVIDER), eq("/internal/v1" + path), body.capture(), isNull());
		assertThat(body.getValue().getClass().getSimpleName()).isEqualTo(requestType);
	}

	@Test
	void theClientsIdempotencyKeyIsPassedOnAndARetryIsAnsweredAsTheFirst() throws Exception {
		given(this.client.send(any(Identity.class), anyString(), any(), eq("retry-me-1")))
			.willReturn(new CommandOutcome(201, Accepted.partnership("p-1", 4), null, null, null,
					"/api/v1/partnerships/p-1/iterations/i-1", null));

		for (int attempt = 0; attempt < 2; attempt++) {
			this.mvc
				.perform(post("/api/v1/partnerships/p-1/iterations").header(CommandClient.IDEMPOTENCY_KEY, "retry-me-1")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", "/api/v1/partnerships/p-1/iterations/i-1"))
				.andExpect(jsonPath("$.version").value(4));
		}
		verify(this.client, times(2)).send(eq(PROVIDER), eq("/internal/v1/partnerships/p-1/iterations"), any(),
				eq("retry-me-1"));
	}

	@Test
	void aRefusalIsRelayedWithItsStatusAndFieldErrors() throws Exception {
		given(this.client.send(any(Identity.class), anyString(), any(), isNull()))
			.willReturn(new CommandOutcome(422, null, "Beyond the delegation",
					"beyond the delegation of Partnership Board: value change 12% exceeds its limit of 10%",
					List.of(new FieldProblem("decidedBy", "Choose a body whose delegation allows it")), null,
					"https://partnershipledger.org/problems/domain-rule"));

		this.mvc
			.perform(post("/api/v1/partnerships/p-1/adaptations/a-1/agreement").contentType(MediaType.APPLICATION_JSON)
				.content("{\"decidedBy\": \"board\", \"approvals\": [{\"partyId\": \"party-1\"}]}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail")
				.value("beyond the delegation of Partnership Board: value change 12% exceeds its limit of 10%"))
			.andExpect(jsonPath("$.errors[0].field").value("decidedBy"));
	}

	@Test
	void aPathThatNamesNoCommandIsNotFoundAndNothingIsForwarded() throws Exception {
		this.mvc
			.perform(post("/api/v1/partnerships/p-1/no-such-command").contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		verifyNoInteractions(this.client);
	}

	@Test
	void anUnknownValueInTheBodyIsA400NamingTheFieldAndNothingIsForwarded() throws Exception {
		this.mvc
			.perform(post("/api/v1/partnerships/p-1/adaptations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"category\": \"NOT_A_CATEGORY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
		verifyNoInteractions(this.client);
	}

	@Test
	void pathVariablesAreEncodedOnTheWayToTheCommandSide() {
		assertThat(CommandRoute.AGREE_ADAPTATION.internalPath("p 1", "a/1"))
			.isEqualTo("/internal/v1/partnerships/p%201/adaptations/a%2F1/agreement");
	}

}
