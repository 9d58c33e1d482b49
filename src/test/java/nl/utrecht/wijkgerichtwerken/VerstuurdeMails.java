package nl.utrecht.wijkgerichtwerken;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for the mail step in engine-alone process tests: records which template went to whom.
 * The real mail (SMTP, templates) is tested on GreenMail in the integration tests.
 */
public class VerstuurdeMails implements JavaDelegate {

    public record Mail(String zaaknummer, String sjabloon, String aan) {
    }

    private final List<Mail> mails = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
        mails.add(new Mail(execution.getProcessBusinessKey(), (String) execution.getVariableLocal("sjabloon"),
                String.valueOf(execution.getVariableLocal("aan"))));
    }

    public List<Mail> mails() {
        return List.copyOf(mails);
    }

    public List<String> sjablonen() {
        return mails.stream().map(Mail::sjabloon).toList();
    }

    public Mail laatste(String sjabloon) {
        return mails.stream().filter(m -> m.sjabloon().equals(sjabloon)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("geen mail '" + sjabloon + "' verstuurd; wel: " + sjablonen()));
    }
}
