package org.partnershipledger.query.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content security policy allows no inline script or style, so no template may carry
 * any: script comes from static files, style from classes in the stylesheets.
 */
class InlineCodeTest {

	private static final List<Pattern> INLINE = List.of(
			Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>"), Pattern.compile("<style\\b"),
			Pattern.compile("\\s(th:)?style\\s*="), Pattern.compile("\\s(th:)?on[a-z]+\\s*="),
			Pattern.compile("javascript:"), Pattern.compile("th:attr=\"[^\"]*\\b(style|on[a-z]+)="));

	@Test
	void noTemplateHasInlineScriptStyleOrEventHandlers() throws IOException {
		List<String> found = new ArrayList<>();
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/**/*.html")) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			for (Pattern inline : INLINE) {
				Matcher matcher = inline.matcher(html);
				while (matcher.find()) {
					found.add(template.getFilename() + ": " + matcher.group().strip());
				}
			}
		}

		assertThat(found).isEmpty();
	}

}
