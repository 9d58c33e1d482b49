package nl.utrecht.wijkgerichtwerken.config;

import java.util.Set;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * A refused input is the user's mistake, not the system's: the engine would log it as an ERROR
 * (ENGINE-16004, with the stack trace) and the REST layer again as a WARN ENGINE-REST-HTTP500 with its
 * stack trace. This filter drops those two for our refusals ({@link OngeldigeInvoerException} and its
 * subclasses anywhere in the cause chain); {@link OngeldigeInvoerPlugin} logs the refusal as one INFO line.
 * Every other exception is logged as before.
 */
@Component
class WeigeringLogfilter extends TurboFilter {

    private static final Set<String> WEIGERINGEN = Set.of(OngeldigeInvoerException.class.getName() + ":",
            GeweigerdeToegangException.class.getName() + ":");

    private static final Set<String> LOGGERS = Set.of("org.camunda.bpm.engine.context", "org.camunda.bpm.engine.rest.exception");

    WeigeringLogfilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(WeigeringLogfilter.class::isInstance)) {
            context.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || !LOGGERS.contains(logger.getName()) || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        if (weigering(t) || alsTekst(format)) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable fout && weigering(fout) || param instanceof String tekst && alsTekst(tekst)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    /** The REST layer logs the stack trace as text. */
    private static boolean alsTekst(String tekst) {
        return tekst != null && tekst.contains("Caused by: ") && WEIGERINGEN.stream().anyMatch(tekst::contains);
    }

    private static boolean weigering(Throwable fout) {
        return Oorzaken.bevat(fout, OngeldigeInvoerException.class);
    }
}
