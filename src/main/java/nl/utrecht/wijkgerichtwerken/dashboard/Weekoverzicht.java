package nl.utrecht.wijkgerichtwerken.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest (DESIGN §7): on {@code wijk.weekoverzicht.cron} (Monday 07:00 Europe/Amsterdam) every person
 * with overdue or nearly overdue work, assigned to him or offered to him or his groups, gets one process
 * {@code weekoverzicht} whose async, retried step mails it. A row in {@code wijk_weekoverzicht} per person and week,
 * written in the same transaction as the start, keeps a second instance on the same database from mailing twice.
 */
@Component
class Weekoverzicht {

    static final String PROCES = "weekoverzicht";

    private static final Logger LOG = LoggerFactory.getLogger(Weekoverzicht.class);

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Termijnbakken bakken;
    private final TransactionTemplate transactie;

    Weekoverzicht(JdbcTemplate jdbc, RuntimeService runtimeService, IdentityService identityService,
                  Termijnbakken bakken, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.bakken = bakken;
        this.transactie = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${wijk.weekoverzicht.cron:0 0 7 * * MON}", zone = "Europe/Amsterdam")
    void volgensRooster() {
        List<String> gestart = plan();
        LOG.info("Weekoverzicht ingepland voor {} personen", gestart.size());
    }

    /** Starts this week's digest for everyone with overdue or nearly overdue work; returns who got one now. */
    List<String> plan() {
        Termijnbakken.Grenzen grenzen = bakken.grenzen();
        String week = week(grenzen.dag());
        List<String> gestart = new ArrayList<>();
        for (String gebruiker : ontvangers(grenzen)) {
            if (start(gebruiker, week)) {
                gestart.add(gebruiker);
            }
        }
        return gestart;
    }

    static String week(LocalDate dag) {
        return String.format("%d-W%02d", dag.get(IsoFields.WEEK_BASED_YEAR), dag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private TreeSet<String> ontvangers(Termijnbakken.Grenzen grenzen) {
        TreeSet<String> gebruikers = new TreeSet<>(jdbc.queryForList("""
                SELECT DISTINCT ASSIGNEE_ FROM ACT_RU_TASK WHERE ASSIGNEE_ IS NOT NULL AND DUE_DATE_ IS NOT NULL
                AND (DUE_DATE_ < ? OR FOLLOW_UP_DATE_ < ?)""", String.class, grenzen.morgen(), grenzen.morgen()));
        TreeSet<String> groepen = new TreeSet<>();
        jdbc.query("""
                SELECT DISTINCT i.USER_ID_, i.GROUP_ID_ FROM ACT_RU_IDENTITYLINK i JOIN ACT_RU_TASK t ON t.ID_ = i.TASK_ID_
                WHERE i.TYPE_ = 'candidate' AND t.ASSIGNEE_ IS NULL AND t.DUE_DATE_ IS NOT NULL
                AND (t.DUE_DATE_ < ? OR t.FOLLOW_UP_DATE_ < ?)""", rs -> {
            if (rs.getString(1) != null) {
                gebruikers.add(rs.getString(1));
            }
            if (rs.getString(2) != null) {
                groepen.add(rs.getString(2));
            }
        }, grenzen.morgen(), grenzen.morgen());
        for (String groep : groepen) {
            identityService.createUserQuery().memberOfGroup(groep).list().stream().map(User::getId).forEach(gebruikers::add);
        }
        return gebruikers;
    }

    private boolean start(String gebruiker, String week) {
        try {
            return Boolean.TRUE.equals(transactie.execute(status -> {
                jdbc.update("INSERT INTO wijk_weekoverzicht (gebruiker, week, ingepland) VALUES (?, ?, ?)",
                        gebruiker, week, new Timestamp(ClockUtil.getCurrentTime().getTime()));
                runtimeService.startProcessInstanceByKey(PROCES, "WKO-" + week + "-" + gebruiker,
                        Map.of("gebruiker", gebruiker, "week", week));
                return true;
            }));
        } catch (DuplicateKeyException alIngepland) {
            return false;
        }
    }
}
