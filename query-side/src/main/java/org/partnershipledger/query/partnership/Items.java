package org.partnershipledger.query.partnership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One kind of a partnership's items (its adaptations, reviews, payments …) in the order
 * they came, found by id in constant time, so that an event changes one item without
 * copying the others. It remembers which items changed since they were last stored.
 *
 * @param <T> the item's type
 */
final class Items<T> {

	private final String kind;

	private final Function<T, String> id;

	private final List<T> values = new ArrayList<>();

	private final Map<String, Integer> positions = new HashMap<>();

	private final Set<Integer> changed = new LinkedHashSet<>();

	private final Predicate<T> isActive;

	private final TreeSet<Integer> active = new TreeSet<>();

	/**
	 * @param kind what the items are, for messages ("adaptation")
	 * @param id the item's id; {@code null} when items have none, and their position is
	 * their id
	 */
	Items(String kind, Function<T, String> id) {
		this(kind, id, (item) -> false);
	}

	/**
	 * @param isActive which items are active, found without a scan (see
	 * {@link #activeValues()})
	 */
	Items(String kind, Function<T, String> id, Predicate<T> isActive) {
		this.kind = kind;
		this.id = id;
		this.isActive = isActive;
	}

	/** Adds an item, or replaces the one with the same id where it stands. */
	void add(T item) {
		Integer position = (this.id != null) ? this.positions.get(this.id.apply(item)) : null;
		if (position != null) {
			this.values.set(position, item);
		}
		else {
			position = this.values.size();
			this.values.add(item);
			if (this.id != null) {
				this.positions.put(this.id.apply(item), position);
			}
		}
		changedAt(position);
	}

	/** The item with this id, {@code null} if there is none. */
	T get(String itemId) {
		Integer position = this.positions.get(itemId);
		return (position != null) ? this.values.get(position) : null;
	}

	/**
	 * Replaces an item by what the change makes of it.
	 * @throws IllegalArgumentException if there is no such item
	 */
	void change(String itemId, UnaryOperator<T> change) {
		Integer position = this.positions.get(itemId);
		if (position == null) {
			throw new IllegalArgumentException("The partnership has no " + this.kind + " " + itemId);
		}
		this.values.set(position, change.apply(this.values.get(position)));
		changedAt(position);
	}

	private void changedAt(int position) {
		this.changed.add(position);
		if (this.isActive.test(this.values.get(position))) {
			this.active.add(position);
		}
		else {
			this.active.remove(position);
		}
	}

	/** The active items, in the order they came, found without a scan. */
	List<T> activeValues() {
		List<T> found = new ArrayList<>(this.active.size());
		this.active.forEach((position) -> found.add(this.values.get(position)));
		return found;
	}

	/** Every item, in the order they came; a view, not a copy. */
	List<T> values() {
		return Collections.unmodifiableList(this.values);
	}

	int size() {
		return this.values.size();
	}

	/** The id an item is stored under: its own id, or its position. */
	String idOf(int position) {
		return (this.id != null) ? this.id.apply(this.values.get(position)) : Integer.toString(position);
	}

	/**
	 * The positions of the items that changed since the last call, each once, in the
	 * order they changed; forgotten once read.
	 */
	List<Integer> drainChanged() {
		List<Integer> drained = new ArrayList<>(this.changed);
		this.changed.clear();
		return drained;
	}

}
