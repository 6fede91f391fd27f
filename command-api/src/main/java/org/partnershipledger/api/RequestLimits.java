package org.partnershipledger.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The size limits of every request: each text at most {@value #MAX_LENGTH} characters and
 * each list, set or map at most {@value #MAX_ITEMS} items, unless its record component
 * says otherwise with {@link Limit}. It walks a request record's components, and the
 * records, lists and maps inside them, so a field added to any request is limited without
 * anyone writing a check for it. A problem names the field by its path as sent, such as
 * {@code authority.reference} or {@code eventRefs[3]}.
 */
public final class RequestLimits {

	/** The most characters of any text field without its own {@link Limit}. */
	public static final int MAX_LENGTH = 10_000;

	/** The most items of any list, set or map without its own {@link Limit}. */
	public static final int MAX_ITEMS = 200;

	private static final int MAX_DEPTH = 16;

	private static final int MAX_KEY_LENGTH = 100;

	private RequestLimits() {
	}

	/** Every field of the request over its limit; empty when none is. */
	public static List<FieldProblem> problems(Object request) {
		List<FieldProblem> problems = new ArrayList<>();
		check(request, "", null, problems, 0);
		return problems;
	}

	private static void check(Object value, String path, Limit limit, List<FieldProblem> problems, int depth) {
		if (value == null || depth > MAX_DEPTH) {
			return;
		}
		if (value instanceof CharSequence text) {
			int max = (limit != null && limit.maxLength() > 0) ? limit.maxLength() : MAX_LENGTH;
			if (text.length() > max) {
				problems.add(new FieldProblem(path, "At most " + max + " characters (this has " + text.length() + ")"));
			}
		}
		else if (value instanceof Collection<?> items) {
			if (tooMany(items.size(), path, limit, problems)) {
				return;
			}
			int index = 0;
			for (Object item : items) {
				check(item, path + "[" + index++ + "]", null, problems, depth + 1);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			if (tooMany(map.size(), path, limit, problems)) {
				return;
			}
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				if (key.length() > MAX_KEY_LENGTH) {
					problems.add(new FieldProblem(path, "Keys of at most " + MAX_KEY_LENGTH + " characters"));
					continue;
				}
				check(entry.getValue(), path + "." + key, null, problems, depth + 1);
			}
		}
		else if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				String field = path.isEmpty() ? component.getName() : path + "." + component.getName();
				check(read(component, value), field, component.getAnnotation(Limit.class), problems, depth + 1);
			}
		}
	}

	private static boolean tooMany(int size, String path, Limit limit, List<FieldProblem> problems) {
		int max = (limit != null && limit.maxItems() > 0) ? limit.maxItems() : MAX_ITEMS;
		if (size > max) {
			problems.add(new FieldProblem(path, "At most " + max + " items (this has " + size + ")"));
			return true;
		}
		return false;
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read " + component + " of " + record.getClass().getName(), ex);
		}
	}

}
