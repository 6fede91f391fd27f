package org.partnershipledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the pages as in a browser: the sign-in form with its CSRF token,
 * then a session cookie on every request.
 */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern NEW_TOKEN = Pattern.compile(">(plt_[^<\\s]+)<");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private PageSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static PageSession signIn(String baseUrl, String username, String password) {
		PageSession session = new PageSession(baseUrl);
		Api.Result form = session.get("/sign-in").expectOk("The sign-in page");
		Matcher token = CSRF.matcher(form.body());
		if (!token.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF token");
		}
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		HttpRequest post = HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			HttpResponse<Void> signedIn = session.client.send(post, HttpResponse.BodyHandlers.discarding());
			String location = signedIn.headers().firstValue("Location").orElse("");
			if (signedIn.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException(
						"Signing in as " + username + " failed: " + signedIn.statusCode() + " " + location);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return session;
	}

	/**
	 * Creates a personal API token on the account page, as a person does before using the
	 * API from a program, and returns it (it is shown once).
	 */
	String createApiToken(String name) {
		Matcher csrf = CSRF.matcher(get("/account").expectOk("The account page").body());
		if (!csrf.find()) {
			throw new IllegalStateException("The account page has no CSRF token");
		}
		HttpRequest post = HttpRequest.newBuilder(URI.create(this.baseUrl + "/account/tokens"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=" + encode(name) + "&_csrf=" + encode(csrf.group(1))))
			.timeout(Duration.ofSeconds(30))
			.build();
		Api.Result created = send(post);
		if (created.status() != 302) {
			throw new IllegalStateException("Creating an API token failed: " + created.statusName());
		}
		Matcher token = NEW_TOKEN.matcher(get("/account").expectOk("The account page").body());
		if (!token.find()) {
			throw new IllegalStateException("The account page did not show the new API token");
		}
		return token.group(1);
	}

	Api.Result get(String path) {
		return send(
				HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(60)).GET().build());
	}

	private Api.Result send(HttpRequest request) {
		long start = System.nanoTime();
		try {
			return Api.Result.of(this.client.send(request, HttpResponse.BodyHandlers.ofString()), start);
		}
		catch (IOException ex) {
			return Api.Result.failed(ex, start);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Api.Result.failed(ex, start);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
