package nl.utrecht.wijkgerichtwerken.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Why a real start costs more than a bare one, as the database sees it: the rows a case has in each engine table
 * right after its start (and its mails), real against bare, per case. Each row is at least one INSERT; the melding
 * instances (one per mail) are counted with their own rows under "melding".
 */
final class Rijtelling {

    private static final Map<String, String> TABELLEN = new LinkedHashMap<>();

    static {
        TABELLEN.put("RU_EXECUTION", "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ IN (%s)");
        TABELLEN.put("RU_TASK", "SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN (%s)");
        TABELLEN.put("RU_VARIABLE", "SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ IN (%s)");
        TABELLEN.put("RU_JOB", "SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ IN (%s)");
        TABELLEN.put("RU_IDENTITYLINK", "SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK WHERE TASK_ID_ IN (SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN (%s))");
        TABELLEN.put("RU_AUTHORIZATION", "SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ IN (SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN (%s))");
        TABELLEN.put("HI_ACTINST", "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ IN (%s)");
        TABELLEN.put("HI_VARINST", "SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ IN (%s)");
        TABELLEN.put("HI_DETAIL", "SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ IN (%s)");
        TABELLEN.put("HI_TASKINST", "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ IN (%s)");
        TABELLEN.put("HI_IDENTITYLINK", "SELECT COUNT(*) FROM ACT_HI_IDENTITYLINK WHERE TASK_ID_ IN (SELECT ID_ FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ IN (%s))");
        TABELLEN.put("GE_BYTEARRAY", "SELECT COUNT(*) FROM ACT_GE_BYTEARRAY WHERE ID_ IN (SELECT BYTEARRAY_ID_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ IN (%1$s)"
                + " UNION ALL SELECT BYTEARRAY_ID_ FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ IN (%1$s))");
        TABELLEN.put("melding (instanties)", "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'melding' AND BUSINESS_KEY_ IN"
                + " (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE ID_ IN (%s))");
        TABELLEN.put("melding (rijen)", "SELECT (SELECT COUNT(*) FROM ACT_HI_ACTINST a WHERE a.PROC_INST_ID_ IN (SELECT m.ID_ FROM ACT_HI_PROCINST m WHERE m.PROC_DEF_KEY_ = 'melding' AND m.BUSINESS_KEY_ IN (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE ID_ IN (%1$s))))"
                + " + (SELECT COUNT(*) FROM ACT_HI_VARINST v WHERE v.PROC_INST_ID_ IN (SELECT m.ID_ FROM ACT_HI_PROCINST m WHERE m.PROC_DEF_KEY_ = 'melding' AND m.BUSINESS_KEY_ IN (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE ID_ IN (%1$s))))"
                + " + (SELECT COUNT(*) FROM ACT_HI_DETAIL d WHERE d.PROC_INST_ID_ IN (SELECT m.ID_ FROM ACT_HI_PROCINST m WHERE m.PROC_DEF_KEY_ = 'melding' AND m.BUSINESS_KEY_ IN (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE ID_ IN (%1$s))))");
    }

    private final JdbcTemplate jdbc;

    Rijtelling(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows per case in each table, for these process instances. */
    Map<String, Double> perZaak(List<String> zaken) {
        String ids = String.join(", ", Collections.nCopies(zaken.size(), "?"));
        Map<String, Double> rijen = new LinkedHashMap<>();
        TABELLEN.forEach((tabel, sql) -> {
            String vraag = sql.formatted(ids);
            int keer = vraag.split("\\?", -1).length - 1;
            Object[] parameters = new Object[keer];
            for (int i = 0; i < keer; i++) {
                parameters[i] = zaken.get(i % zaken.size());
            }
            Long aantal = jdbc.queryForObject(vraag, Long.class, parameters);
            rijen.put(tabel, aantal == null ? 0 : (double) aantal / zaken.size());
        });
        return rijen;
    }

    /** One line: table echt/kaal for every table where they differ, and the totals. */
    static String vergelijk(Map<String, Double> echt, Map<String, Double> kaal) {
        StringBuilder tekst = new StringBuilder();
        echt.forEach((tabel, aantal) -> {
            double k = kaal.getOrDefault(tabel, 0.0);
            if (Math.abs(aantal - k) > 0.05) {
                tekst.append(tekst.length() == 0 ? "" : "; ").append(tabel).append(' ')
                        .append(String.format(java.util.Locale.ROOT, "%.1f/%.1f", aantal, k));
            }
        });
        return tekst.toString();
    }

    static double totaal(Map<String, Double> rijen) {
        return rijen.entrySet().stream().filter(e -> !e.getKey().equals("melding (instanties)")).mapToDouble(Map.Entry::getValue).sum();
    }
}
