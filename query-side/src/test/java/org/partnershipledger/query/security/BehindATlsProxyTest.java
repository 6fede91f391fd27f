package org.partnershipledger.query.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's server settings (application.yml) behind a TLS-terminating proxy: the
 * proxy's X-Forwarded-Proto and X-Forwarded-For count when it sends them from an internal
 * address, so the session cookie is marked Secure (and HSTS is sent: Spring Security
 * sends it on secure requests) and sign-in limits see the client's address. A small
 * server with the same settings, without the database and broker.
 */
@SpringBootTest(classes = BehindATlsProxyTest.Server.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindATlsProxyTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void overTlsAtTheProxyTheSessionCookieIsSecureAndTheClientsAddressCounts() throws Exception {
		HttpResponse<String> answer = get(true);

		assertThat(answer.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).contains("JSESSIONID=")
				.contains("Secure")
				.contains("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
		assertThat(answer.body()).isEqualTo("https 203.0.113.9");
	}

	@Test
	void overPlainHttpTheCookieCannotBeSecure() throws Exception {
		HttpResponse<String> answer = get(false);

		assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).contains("JSESSIONID=").contains("HttpOnly").doesNotContain("Secure"));
		assertThat(answer.body()).isEqualTo("http 127.0.0.1");
	}

	private HttpResponse<String> get(boolean viaTlsProxy) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/session"));
		if (viaTlsProxy) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class,
			EmbeddedWebServerFactoryCustomizerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class })
	@Import(Session.class)
	static class Server {

	}

	@RestController
	static class Session {

		@GetMapping("/session")
		String session(HttpServletRequest request) {
			request.getSession(true);
			return request.getScheme() + " " + request.getRemoteAddr();
		}

	}

}
