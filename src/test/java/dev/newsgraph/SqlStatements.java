package dev.newsgraph;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Counts the SQL statements PostgreSQL itself executed (pg_stat_statements, which the embedded server
 * preloads), so query-cost tests measure the database, not the client's idea of it.
 */
public final class SqlStatements {

    private final DataSource dataSource;

    public SqlStatements(DataSource dataSource) {
        this.dataSource = dataSource;
        run("create extension if not exists pg_stat_statements");
    }

    /** Forgets what was counted so far. */
    public void reset() {
        run("select pg_stat_statements_reset()");
    }

    /** Statements executed since the last reset, not counting this class's own. */
    public long executed() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements "
                        + "where query not ilike '%pg_stat_statements%' and dbid = "
                        + "(select oid from pg_database where datname = current_database()) "
                        + "and query !~* '^\\s*(begin|commit|rollback|set|show|discard|deallocate)'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
