package org.partnershipledger.standalone;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (nothing is downloaded),
 * with helpers that act as a person does: by labels, and GOV.UK radios and checkboxes
 * through their labels.
 */
final class Browser implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private final ChromeDriver driver;

	private final String baseUrl;

	Browser(String baseUrl) {
		this.baseUrl = baseUrl;
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		try {
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--window-size=1280,2000", "--user-data-dir=" + Files.createTempDirectory("ledger-chromium"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	WebDriver driver() {
		return this.driver;
	}

	Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	Browser signIn(String username, String password) {
		open("/sign-in");
		type("username", username);
		type("password", password);
		submit();
		return this;
	}

	Browser type(String name, String text) {
		WebElement field = this.driver.findElement(By.name(name));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	Browser select(String name, String value) {
		new Select(this.driver.findElement(By.name(name))).selectByValue(value);
		return this;
	}

	/** What a text box or text area holds now. */
	String valueOf(String name) {
		return this.driver.findElement(By.name(name)).getDomProperty("value");
	}

	/** Ticks a radio or checkbox by clicking its label, as a person would. */
	Browser tick(String name, String value) {
		WebElement input = this.driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
		this.driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
		return this;
	}

	Browser clickLink(String text) {
		return leaveBy(this.driver.findElement(By.partialLinkText(text)));
	}

	/** Presses the button with this id, for a page with more than one form. */
	Browser press(String id) {
		return leaveBy(this.driver.findElement(By.id(id)));
	}

	/** Chooses a file for a file upload field. */
	Browser attach(String name, Path file) {
		this.driver.findElement(By.name(name)).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/** Presses the form's main button. */
	Browser submit() {
		return leaveBy(this.driver
			.findElement(By.cssSelector("main form button[type='submit'], main form button:not([type])")));
	}

	/**
	 * Clicks what leads to another page and waits until this one is gone, so the next
	 * look at the page never reads the one being left.
	 */
	private Browser leaveBy(WebElement element) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
		return this;
	}

	String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	String text() {
		return this.driver.findElement(By.tagName("main")).getText();
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	/**
	 * Looks at the page: saves a screenshot for a person to look at, and checks it with
	 * axe-core, failing on any serious or critical accessibility violation.
	 */
	Browser look(String name) {
		screenshot(name);
		List<String> violations = seriousAccessibilityViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError("Accessibility violations on " + path() + ":\n" + String.join("\n", violations));
		}
		return this;
	}

	/**
	 * Runs axe-core (from its webjar) on the page and returns its serious and critical
	 * violations, each as "rule: help (selectors)".
	 */
	@SuppressWarnings("unchecked")
	List<String> seriousAccessibilityViolations() {
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		this.driver.executeScript(axeSource());
		Object result = this.driver.executeAsyncScript(String.join("\n",
				"const done = arguments[arguments.length - 1];", "axe.run(document, { resultTypes: ['violations'] })",
				"  .then(r => done(r.violations", "    .filter(v => v.impact === 'serious' || v.impact === 'critical')",
				"    .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))",
				"  .catch(e => done(['axe failed: ' + e]));"));
		return (List<String>) result;
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test class path at " + AXE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves a screenshot of the page under target/screenshots for a person to look at.
	 */
	Browser screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = this.driver.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
