package nl.schoolverzuim.brieven;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Row "brief renderen" of docs/performance.md: one letter from template to PDF (Mustache, then openhtmltopdf with the
 * embedded font), warm JVM, in process; the target is at most 200 ms. {@code -Dbench.metingen} letters are measured
 * after as many warm-up letters.
 */
class BriefBench {

    @Test
    void briefRenderen() {
        int metingen = Integer.getInteger("bench.metingen", 100);
        for (int i = 0; i < metingen; i++) {
            eenBrief();
        }
        long[] ns = new long[metingen];
        for (int i = 0; i < metingen; i++) {
            long begin = System.nanoTime();
            eenBrief();
            ns[i] = System.nanoTime() - begin;
        }
        Arrays.sort(ns);
        System.out.printf("| brief renderen (waarschuwing, HTML + PDF, in process) | %.2f | %.2f | %.2f |%n",
                ms(ns, 0.50), ms(ns, 0.95), ms(ns, 0.99));
    }

    private static void eenBrief() {
        Pdf.van(BriefRenderenTest.render("waarschuwing", "hengelo", BriefRenderenTest.velden("Noor", "Proces")).html());
    }

    private static double ms(long[] gesorteerd, double kwantiel) {
        return gesorteerd[Math.min(gesorteerd.length - 1, (int) Math.ceil(kwantiel * gesorteerd.length) - 1)] / 1e6;
    }
}
