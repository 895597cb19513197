package org.plankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;

/** {@code extract plan.doc > rows.json} parses: no log line (Apache POI's on a .doc, say) reaches standard output. */
class LogsOnStandardErrorTest {

    @Test
    void everyConsoleAppenderWritesToStandardError() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<String> targets = new ArrayList<>();
        for (Logger logger : context.getLoggerList()) {
            for (var it = logger.iteratorForAppenders(); it.hasNext(); ) {
                Appender<?> appender = it.next();
                if (appender instanceof ConsoleAppender<?> console) targets.add(console.getTarget());
            }
        }
        assertFalse(targets.isEmpty(), "a console appender is configured");
        targets.forEach(t -> assertEquals("System.err", t));
    }
}
