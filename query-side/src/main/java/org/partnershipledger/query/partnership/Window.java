package org.partnershipledger.query.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What an overview shows of each kind of item, so that its answer stays the same size
 * however long the partnership lives: every active item, up to {@link #ACTIVE} of them,
 * and the {@link #RECENT} latest, in the order they came. The rest is read a page at a
 * time.
 */
public final class Window {

	/** The most active items an overview shows of one kind. */
	public static final int ACTIVE = 100;

	/** How many of the latest items of one kind an overview shows. */
	public static final int RECENT = 50;

	private Window() {
	}

	/** The positions an overview shows of these items, in order. */
	static <T> List<T> of(List<T> all, ItemKind kind) {
		TreeSet<Integer> shown = new TreeSet<>();
		for (int i = 0; i < all.size() && shown.size() < ACTIVE; i++) {
			if (kind.active(all.get(i))) {
				shown.add(i);
			}
		}
		for (int i = Math.max(0, all.size() - RECENT); i < all.size(); i++) {
			shown.add(i);
		}
		List<T> window = new ArrayList<>(shown.size());
		shown.forEach((position) -> window.add(all.get(position)));
		return window;
	}

}
