package org.partnershipledger.standalone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of the read models in the views database, as text, to compare the views
 * before and after a rebuild. It names no read model: every table is one, except the web
 * app's copy of the history, its bookkeeping (parked records, rebuild runs, migrations)
 * and its directory of people; and every column counts except those the database fills
 * with the time of writing. So it keeps working while the read models are reshaped.
 */
record ViewsSnapshot(Map<String, List<String>> rowsByTable) {

	/** Tables that are no read model a rebuild writes. */
	static final Set<String> NOT_READ_MODELS = Set.of("event_log", "parked_record", "projection_rebuild",
			"flyway_schema_history", "ledger_user", "organisation");

	static ViewsSnapshot take(Connection views) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (PreparedStatement statement = views.prepareStatement("""
				select c.table_name, c.column_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
				  and coalesce(c.column_default, '') not like '%now()%'
				  and coalesce(c.column_default, '') not like '%CURRENT_TIMESTAMP%'
				order by c.table_name, c.ordinal_position
				"""); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				if (!NOT_READ_MODELS.contains(rows.getString(1))) {
					columns.computeIfAbsent(rows.getString(1), (table) -> new ArrayList<>()).add(rows.getString(2));
				}
			}
		}
		Map<String, List<String>> rowsByTable = new TreeMap<>();
		for (Map.Entry<String, List<String>> table : columns.entrySet()) {
			StringBuilder object = new StringBuilder("json_build_object(");
			for (int i = 0; i < table.getValue().size(); i++) {
				String column = table.getValue().get(i);
				object.append((i > 0) ? ", " : "")
					.append("'")
					.append(column)
					.append("', \"")
					.append(column)
					.append('"');
			}
			object.append(")::text");
			List<String> rows = new ArrayList<>();
			try (Statement statement = views.createStatement();
					ResultSet result = statement
						.executeQuery("select " + object + " from \"" + table.getKey() + "\"")) {
				while (result.next()) {
					rows.add(result.getString(1));
				}
			}
			Collections.sort(rows);
			rowsByTable.put(table.getKey(), rows);
		}
		return new ViewsSnapshot(rowsByTable);
	}

	int rows() {
		return this.rowsByTable.values().stream().mapToInt(List::size).sum();
	}

	/** Where this snapshot and a later one differ, one line per table that differs. */
	List<String> differencesTo(ViewsSnapshot after) {
		List<String> differences = new ArrayList<>();
		for (String table : this.rowsByTable.keySet()) {
			List<String> before = this.rowsByTable.get(table);
			List<String> rebuilt = after.rowsByTable.getOrDefault(table, List.of());
			if (!before.equals(rebuilt)) {
				List<String> onlyBefore = new ArrayList<>(before);
				onlyBefore.removeAll(rebuilt);
				List<String> onlyAfter = new ArrayList<>(rebuilt);
				onlyAfter.removeAll(before);
				differences.add("table " + table + ": " + onlyBefore.size() + " row(s) the rebuild did not make, "
						+ onlyAfter.size() + " row(s) only the rebuild made"
						+ (onlyBefore.isEmpty() ? "" : "; first: " + shorten(onlyBefore.get(0))));
			}
		}
		return differences;
	}

	private static String shorten(String row) {
		return (row.length() > 300) ? row.substring(0, 300) + "..." : row;
	}

}
