package nl.schoolverzuim.infrastructuur;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.RootCauseFirstThrowableProxyConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter;

/**
 * No BSN in any log line (MAS §10), whatever fails and whoever writes the line: a database driver quoting the row
 * that broke a unique key, Spring quoting a value it could not read, a library's exception text. Every message and
 * every stack trace the log patterns print passes {@link #maskeer}, which blanks each run of exactly nine digits
 * (the form of a BSN), also where it touches letters: a value quoted with a typo must not slip through.
 * {@code logback-spring.xml} puts these converters behind the conversion words of the message and the exception
 * ({@code %m}, {@code %wEx}, ...), so any pattern that uses them is covered. Logback needs a class per word it
 * replaces, hence one small subclass per converter.
 */
public final class BsnVrijLoggen {

    /** Nine digits not part of a longer number, also inside a word: a BSN typed into a text, or an id, is blanked. */
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");
    static final String GEMASKEERD = "*********";

    private BsnVrijLoggen() {
    }

    public static String maskeer(String tekst) {
        return tekst == null ? null : NEGEN_CIJFERS.matcher(tekst).replaceAll(GEMASKEERD);
    }

    /** {@code %m}, {@code %msg}, {@code %message}. */
    public static class Bericht extends MessageConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return maskeer(super.convert(event));
        }
    }

    /** {@code %wEx}: Spring Boot's default exception word. */
    public static class UitgebreideFout extends ExtendedWhitespaceThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy tp) {
            return maskeer(super.throwableProxyToString(tp));
        }
    }

    /** {@code %wex}. */
    public static class Fout extends WhitespaceThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy tp) {
            return maskeer(super.throwableProxyToString(tp));
        }
    }

    /** {@code %ex}, {@code %exception}, {@code %throwable}. */
    public static class KaleFout extends ThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy tp) {
            return maskeer(super.throwableProxyToString(tp));
        }
    }

    /** {@code %xEx}, {@code %xException}, {@code %xThrowable}. */
    public static class KaleUitgebreideFout extends ExtendedThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy tp) {
            return maskeer(super.throwableProxyToString(tp));
        }
    }

    /** {@code %rEx}, {@code %rootException}. */
    public static class OorzaakEerst extends RootCauseFirstThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy tp) {
            return maskeer(super.throwableProxyToString(tp));
        }
    }
}
