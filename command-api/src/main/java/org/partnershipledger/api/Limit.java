package org.partnershipledger.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Another limit than {@link RequestLimits}' defaults for one field of a request record: a
 * longer text, or a longer list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER })
public @interface Limit {

	/** The most characters of a text field; 0 for the default. */
	int maxLength() default 0;

	/** The most items of a list, set or map; 0 for the default. */
	int maxItems() default 0;

}
