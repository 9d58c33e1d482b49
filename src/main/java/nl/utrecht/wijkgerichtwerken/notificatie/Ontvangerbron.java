package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Where the recipients of a mail step come from, read from how the model writes its input parameter {@code aan}
 * (not from the value, which a form or a task holder may have shaped):
 * <ul>
 * <li>{@link #MODEL}: text written in the model ({@code groep:wijkregisseur}) or one call of the project's recipient
 * code ({@code ${escalatieOntvangers.betrokkenen(execution)}}): a list, groups and users resolved;</li>
 * <li>{@link #SJABLOON}: model text around a case value ({@code gebruiker:${wijkregisseur}}): exactly one entry,
 * never split, its prefix taken from the model;</li>
 * <li>{@link #ZAAKVARIABELE}: exactly one case variable ({@code ${contactEmail}}), or no definition in the model at
 * all: an outsider's address, used as one literal address in the strict form of {@link Emailadres} or not at all.</li>
 * </ul>
 */
enum Ontvangerbron {
    MODEL, SJABLOON, ZAAKVARIABELE;

    static final String AAN = "aan";

    private static final Pattern ALLEEN_VARIABELE = Pattern.compile("\\s*[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}\\s*");
    private static final Pattern EEN_AANROEP = Pattern.compile("\\s*[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*\\([^{}]*\\)\\s*}\\s*");

    static Ontvangerbron van(DelegateExecution execution) {
        return van(definitie(execution.getBpmnModelElementInstance()));
    }

    static Ontvangerbron van(String definitie) {
        if (definitie == null || ALLEEN_VARIABELE.matcher(definitie).matches()) {
            return ZAAKVARIABELE;
        }
        if (!definitie.contains("${") && !definitie.contains("#{") || EEN_AANROEP.matcher(definitie).matches()) {
            return MODEL;
        }
        return SJABLOON;
    }

    /** The text of the element's input parameter {@code aan} as written in the model, or null. */
    private static String definitie(ModelElementInstance element) {
        if (!(element instanceof BaseElement basis) || basis.getExtensionElements() == null) {
            return null;
        }
        ExtensionElements uitbreidingen = basis.getExtensionElements();
        for (CamundaInputOutput io : uitbreidingen.getChildElementsByType(CamundaInputOutput.class)) {
            for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
                if (AAN.equals(parameter.getCamundaName())) {
                    return parameter.getTextContent();
                }
            }
        }
        return null;
    }
}
