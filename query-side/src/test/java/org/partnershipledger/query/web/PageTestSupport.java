package org.partnershipledger.query.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.query.access.OverviewQueries;
import org.partnershipledger.query.access.PartnershipAccess;
import org.partnershipledger.query.access.PartnershipRegistrations;
import org.partnershipledger.query.adaptations.AdaptationRegister;
import org.partnershipledger.query.audit.Verifications;
import org.partnershipledger.query.commands.CommandClient;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.decisions.WaitingDecisions;
import org.partnershipledger.query.history.OverviewHistory;
import org.partnershipledger.query.identity.ApiTokens;
import org.partnershipledger.query.identity.UserDirectory;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.portfolio.PortfolioHistory;
import org.partnershipledger.query.portfolio.PortfolioRepository;
import org.partnershipledger.query.rebuild.ProjectionRebuild;
import org.partnershipledger.query.timeline.EventLogRepository;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * The web slice every page test shares (one Spring context): the page controllers with
 * their templates, the real access rules, and mocks for the Java collaborators behind
 * them (the read model repository, the command client and the user directory). Security
 * here is Spring Boot's default, so tests sign in with {@code user(...)} and send a CSRF
 * token; the real rules of who may reach which page are the security configuration's and
 * are tested with the whole application.
 */
@WebMvcTest(excludeFilters = @Filter(RestController.class))
@Import({ LedgerPages.class, PartnershipLookup.class, PartnershipAccess.class, OverviewQueries.class,
		CommandPages.class, PageTestSupport.FixedClock.class })
public abstract class PageTestSupport {

	protected static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

	protected static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected ApiTokens apiTokens;

	@MockitoBean
	protected OverviewRepository overviews;

	@MockitoBean
	protected PortfolioRepository portfolios;

	@MockitoBean
	protected PortfolioHistory portfolioHistory;

	@MockitoBean
	protected CommandClient commands;

	@MockitoBean
	protected UserDirectory directory;

	@MockitoBean
	protected AdaptationRegister register;

	@MockitoBean
	protected ViewsBehind lag;

	@MockitoBean
	protected OverviewHistory history;

	@MockitoBean
	protected EventLogRepository eventLog;

	@MockitoBean
	protected Verifications verifications;

	@MockitoBean
	protected ProjectionRebuild rebuild;

	@MockitoBean
	protected PartnershipRegistrations registrations;

	@MockitoBean
	protected WaitingDecisions waitingDecisions;

	/** The command side's path for this partnership, as the pages forward to it. */
	protected static final String INTERNAL = "/internal/v1/partnerships/" + PageFixtures.PARTNERSHIP_ID;

	/** The read model answers with this overview for the fixture partnership. */
	protected void showing(PartnershipOverview overview) {
		given(this.overviews.find(PageFixtures.PARTNERSHIP_ID)).willReturn(Optional.of(overview));
		given(this.overviews.findWith(eq(PageFixtures.PARTNERSHIP_ID), any(), any())).willReturn(Optional.of(overview));
		given(this.overviews.findWhole(PageFixtures.PARTNERSHIP_ID)).willReturn(Optional.of(overview));
	}

	/** The command side accepts the next command with this answer. */
	protected void acceptedAs(Accepted answer) {
		given(this.commands.send(any(Identity.class), anyString(), any()))
			.willReturn(new CommandOutcome(201, answer, null, null, List.of(), null, null));
	}

	/** The command side refuses the next command, naming the field. */
	protected void refused(String field, String message) {
		given(this.commands.send(any(Identity.class), anyString(), any())).willReturn(new CommandOutcome(422, null,
				"Unprocessable", message, List.of(new FieldProblem(field, message)), null, null));
	}

	/** The request the page forwarded to the command side at this partnership's path. */
	protected Object sentTo(String path) {
		ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).send(any(Identity.class), eq(INTERNAL + path), sent.capture());
		return sent.getValue();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
