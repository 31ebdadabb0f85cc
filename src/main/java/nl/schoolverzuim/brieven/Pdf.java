package nl.schoolverzuim.brieven;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * A letter's HTML as PDF/A-2u: Liberation Sans 2.1.5 embedded, sRGB output intent, Unicode text, so archives and
 * PDFBox read the text back. The same HTML is the on-screen preview. The regular face is the one PDFBox ships; PDFBox
 * has no other faces, so the bold and italic of the same release are in {@code lettertype/} beside this class (SIL
 * OFL, {@code OFL.txt}), so headings are real bold and not drawn from the regular face. Public for the jaarverslag
 * (rapportage), which is set the same way.
 */
public final class Pdf {

    /** The font family every template uses; other families would not be embedded. */
    public static final String LETTERTYPE = "Liberation Sans";
    private static final String REGULIER = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String VET = "lettertype/LiberationSans-Bold.ttf";
    private static final String CURSIEF = "lettertype/LiberationSans-Italic.ttf";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // A failure comes back as the exception with its reason; the renderer's own log would repeat it per page.
        XRLog.setLoggingEnabled(false);
    }

    private Pdf() {
    }

    /** Throws {@link IllegalArgumentException} with the reason when the HTML is no well-formed XHTML. */
    static byte[] van(String html) {
        return van(html, null);
    }

    /**
     * As {@link #van(String)}, drawing each {@code <object type="...">} with the drawer {@code tekenaars} has for that
     * type (charts); text a drawer writes with {@link #LETTERTYPE} is embedded text like the rest.
     */
    public static byte[] van(String html, FSObjectDrawerFactory tekenaars) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_2_U)
                    .useColorProfile(SRGB)
                    .withHtmlContent(html, null)
                    .toStream(uit);
            // Every face embedded (PDF/A); a bold italic would be drawn from the bold face.
            builder.useFont(() -> font(REGULIER), LETTERTYPE, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(VET), LETTERTYPE, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font(CURSIEF), LETTERTYPE, 400, FontStyle.ITALIC, true);
            if (tekenaars != null) {
                builder.useObjectDrawerFactory(tekenaars);
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("het document is geen geldige XHTML of kan niet als PDF worden opgemaakt: "
                    + reden(e), e);
        }
        return uit.toByteArray();
    }

    private static InputStream font(String naam) {
        return Pdf.class.getResourceAsStream(naam);
    }

    private static String reden(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
