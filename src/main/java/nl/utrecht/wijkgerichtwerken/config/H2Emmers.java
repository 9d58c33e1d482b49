package nl.utrecht.wijkgerichtwerken.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's select-for-update JDBC back end for H2 (Bucket4j ships it for PostgreSQL, MySQL and others, not for
 * H2; its PostgreSQL variant inserts with {@code ON CONFLICT}, which H2 knows only in PostgreSQL mode). The same
 * transaction steps on the table {@code wijk_emmer}: lock the row, insert it when missing (a duplicate key means
 * another instance was first: Bucket4j retries), write the new state and when it may go, commit.
 */
class H2Emmers extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String TABEL = Emmeropslag.TABEL;

    private final DataSource dataSource;
    private final ExpirationAfterWriteStrategy verloop;

    H2Emmers(DataSource dataSource, ExpirationAfterWriteStrategy verloop) {
        super(ClientSideConfig.getDefault());
        this.dataSource = dataSource;
        this.verloop = verloop;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String sleutel, Optional<Long> timeout) {
        Connection verbinding;
        try {
            verbinding = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new SelectForUpdateBasedTransaction() {
            @Override
            public void begin(Optional<Long> timeout) {
                uitvoeren(() -> verbinding.setAutoCommit(false));
            }

            @Override
            public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
                try (PreparedStatement select = verbinding.prepareStatement("SELECT state FROM " + TABEL + " WHERE id = ? FOR UPDATE")) {
                    applyTimeout(select, timeout);
                    select.setString(1, sleutel);
                    try (ResultSet rij = select.executeQuery()) {
                        return rij.next() ? LockAndGetResult.locked(rij.getBytes(1)) : LockAndGetResult.notLocked();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public boolean tryInsertEmptyData(Optional<Long> timeout) {
                try (PreparedStatement insert = verbinding.prepareStatement("INSERT INTO " + TABEL + " (id, state) VALUES (?, NULL)")) {
                    applyTimeout(insert, timeout);
                    insert.setString(1, sleutel);
                    return insert.executeUpdate() > 0;
                } catch (SQLException e) {
                    if ("23505".equals(e.getSQLState())) {
                        return false;
                    }
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void update(byte[] data, RemoteBucketState nieuweStaat, Optional<Long> timeout) {
                try (PreparedStatement update = verbinding.prepareStatement("UPDATE " + TABEL + " SET state = ?, expires_at = ? WHERE id = ?")) {
                    applyTimeout(update, timeout);
                    long nu = System.currentTimeMillis();
                    update.setBytes(1, data);
                    update.setLong(2, nu + verloop.calculateTimeToLiveMillis(nieuweStaat, nu * 1_000_000L));
                    update.setString(3, sleutel);
                    update.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void commit(Optional<Long> timeout) {
                uitvoeren(verbinding::commit);
            }

            @Override
            public void rollback() {
                uitvoeren(verbinding::rollback);
            }

            @Override
            public void release() {
                uitvoeren(verbinding::close);
            }
        };
    }

    @Override
    public void removeProxy(String sleutel) {
        try (Connection verbinding = dataSource.getConnection();
             PreparedStatement delete = verbinding.prepareStatement("DELETE FROM " + TABEL + " WHERE id = ?")) {
            delete.setString(1, sleutel);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return false;
    }

    private interface Sql {
        void uitvoeren() throws SQLException;
    }

    private static void uitvoeren(Sql sql) {
        try {
            sql.uitvoeren();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
