package org.partnershipledger.query.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.Contribution;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.Rc1Phrases;
import org.partnershipledger.events.framework.RecommendationFlag;
import org.partnershipledger.events.health.Rag;
import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * What every template needs and Thymeleaf 3.1 no longer reaches by itself: the signed-in
 * person, the current section for the navigation, field ids, plain words for codes and
 * dates. Templates call it as {@code @ledgerPages}, so it also works on error pages
 * rendered by Spring Boot's own controller.
 */
@Component("ledgerPages")
public class LedgerPages {

	private static final Rc1Numbers RC1 = new Rc1Numbers();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

	private final ObjectProvider<ViewsBehind> lag;

	LedgerPages(ObjectProvider<ViewsBehind> lag) {
		this.lag = lag;
	}

	/**
	 * How many published events the views have not applied yet (0 when up to date, -1
	 * when the broker cannot tell), so a page can say the views are catching up.
	 */
	public long getViewsBehind() {
		ViewsBehind projectionLag = this.lag.getIfAvailable();
		return (projectionLag == null || !isSignedIn()) ? 0 : projectionLag.behind();
	}

	public boolean isSignedIn() {
		return identity() != null;
	}

	public String getDisplayName() {
		Identity identity = identity();
		return (identity == null) ? null : (identity.displayName() != null && !identity.displayName().isBlank())
				? identity.displayName() : identity.username();
	}

	public String getOrganisationName() {
		Identity identity = identity();
		return (identity == null || identity.organisation() == null) ? null : identity.organisation().name();
	}

	public boolean isAdmin() {
		Identity identity = identity();
		return identity != null && identity.role() == UserRole.ADMIN;
	}

	/** Whether the person may take checkpoints and verify the whole history: auditors. */
	public boolean canVerify() {
		Identity identity = identity();
		return identity != null && identity.role() == UserRole.AUDITOR;
	}

	/**
	 * Partnerships, Dashboard, Adaptations, Verification (for auditors), Framework, and
	 * Admin for administrators; the current one marked.
	 */
	public List<NavItem> navigation() {
		String path = currentPath();
		List<NavItem> items = new ArrayList<>();
		if (isSignedIn() && !isAdmin()) {
			items.add(new NavItem("Partnerships", "/", path.equals("/") || path.startsWith("/partnerships")));
			items.add(new NavItem("Dashboard", "/dashboard", path.startsWith("/dashboard")));
			items.add(new NavItem("Adaptations", "/adaptations", path.startsWith("/adaptations")));
		}
		if (canVerify()) {
			items.add(new NavItem("Verification", "/audit/verification", path.startsWith("/audit")));
		}
		items.add(new NavItem("Framework", "/framework", path.startsWith("/framework")));
		if (isAdmin()) {
			items.add(new NavItem("Admin", "/admin/users", path.startsWith("/admin")));
		}
		if (!isSignedIn()) {
			items.add(new NavItem("Sign in", "/sign-in", path.startsWith("/sign-in")));
		}
		return items;
	}

	/**
	 * The HTML id of a form property: {@code scores[2].evidence} becomes
	 * {@code scores-2-evidence}.
	 */
	public String id(String field) {
		return field.replace("]", "").replaceAll("[\\[.]", "-");
	}

	/**
	 * The value of aria-describedby for a field, or {@code null} when nothing describes
	 * it.
	 */
	public String describedBy(String id, boolean hasHint, boolean hasError) {
		String value = ((hasHint ? id + "-hint " : "") + (hasError ? id + "-error" : "")).strip();
		return value.isEmpty() ? null : value;
	}

	public String label(Enum<?> value) {
		return Labels.of(value);
	}

	/** A model's short name, such as "Formal-relational", for narrow places. */
	public String shortModel(PartnershipModel model) {
		return Labels.shortModel(model);
	}

	public String explain(RecommendationFlag flag) {
		return FlagExplanations.explain(flag);
	}

	/**
	 * A driver or counter-indicator in plain words, in the words of rule set RC-1 (the
	 * only rule set so far).
	 */
	public String phrase(Contribution contribution) {
		return Rc1Phrases.of(contribution);
	}

	/** A dimension's short name, such as "Learning need". */
	public String dimensionName(Dimension dimension) {
		return Labels.capitalise(Rc1Phrases.label(dimension));
	}

	/** The index R with its two decimals, such as "4.10". */
	public String index(BigDecimal index) {
		return (index == null) ? "" : index.setScale(RC1.getIndexDecimals(), RoundingMode.HALF_UP).toPlainString();
	}

	public String money(Money money) {
		return moneyText(money);
	}

	/** An amount as the pages write it, such as £12,500 or £12.50. */
	public static String moneyText(Money money) {
		if (money == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
		format.setCurrency(Currency.getInstance(money.currency()));
		format.setMaximumFractionDigits((money.amount().stripTrailingZeros().scale() <= 0) ? 0 : 2);
		return format.format(money.amount());
	}

	public String period(Period period) {
		return periodText(period);
	}

	public static String periodText(Period period) {
		return (period == null) ? "" : longDate(period.startDate()) + " to " + longDate(period.endDate());
	}

	/** The GOV.UK tag colour for a status. */
	public String statusTag(PartnershipStatus status) {
		if (status == null) {
			return "govuk-tag--grey";
		}
		return switch (status) {
			case REGISTERED, CLOSED -> "govuk-tag--grey";
			case ASSESSED -> "govuk-tag--blue";
			case MODEL_CHOSEN -> "govuk-tag--turquoise";
			case ACTIVE -> "govuk-tag--green";
			case EXITING -> "govuk-tag--orange";
		};
	}

	/** The GOV.UK tag colour for an adaptation's status. */
	public String adaptationTag(AdaptationStatus status) {
		return AdaptationLabels.tag(status);
	}

	/** The GOV.UK tag colour for an outcome report's status. */
	public String reportTag(OutcomeReportStatus status) {
		return AccountabilityWords.reportTag(status);
	}

	/** The GOV.UK tag colour for an audit finding's severity. */
	public String severityTag(FindingSeverity severity) {
		return AccountabilityWords.severityTag(severity);
	}

	/** What a governance body may agree on its own, in a sentence. */
	public String delegation(Delegation delegation) {
		return Delegations.describe(delegation);
	}

	/** A percentage with its sign, such as "+12%" or "-5%"; "0%" for none. */
	public String percent(BigDecimal value) {
		if (value == null || value.signum() == 0) {
			return "0%";
		}
		return ((value.signum() > 0) ? "+" : "") + value.stripTrailingZeros().toPlainString() + "%";
	}

	/** A number as typed, without trailing zeros; empty for none. */
	public String number(BigDecimal value) {
		return (value == null) ? "" : value.stripTrailingZeros().toPlainString();
	}

	/** Rule set RC-1's numbers, for pages that explain a recommendation. */
	public Rc1Numbers getRc1() {
		return RC1;
	}

	public String date(Instant instant) {
		return (instant == null) ? "" : DATE.format(instant.atZone(BusinessCalendar.UK));
	}

	public String date(LocalDate date) {
		return longDate(date);
	}

	/** A date as the pages write it, such as 1 April 2026. */
	public static String longDate(LocalDate date) {
		return (date == null) ? "" : DATE.format(date);
	}

	/** How often the ledger repeats a type of review, such as "every 3 months". */
	public String repeatsEvery(ReviewType type) {
		return ReviewWords.repeatsEvery(type);
	}

	public String ragTag(Rag rag) {
		return ReviewWords.ragTag(rag);
	}

	/** The day an instant falls on in the UK. */
	public LocalDate ukDate(Instant instant) {
		return instant.atZone(BusinessCalendar.UK).toLocalDate();
	}

	public String dateTime(Instant instant) {
		return (instant == null) ? "" : DATE_TIME.format(instant.atZone(BusinessCalendar.UK));
	}

	private static Identity identity() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
			return user.identity();
		}
		return null;
	}

	private static String currentPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String uri = request.getRequestURI();
			String context = request.getContextPath();
			return uri.substring(context.length());
		}
		return "";
	}

}
