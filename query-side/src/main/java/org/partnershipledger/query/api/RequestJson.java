package org.partnershipledger.query.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How request bodies are read: a {@code null} inside a list (such as
 * {@code "eventRefs": [null]}) is refused where it stands, so the answer names it
 * ({@code eventRefs[0]}) instead of failing later inside a request's constructor.
 */
@Configuration(proxyBeanMethods = false)
class RequestJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer noNullsInLists() {
		return (builder) -> builder.postConfigurer((mapper) -> {
			for (Class<?> type : List.of(Collection.class, List.class, Set.class)) {
				mapper.configOverride(type).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
			}
		});
	}

}
