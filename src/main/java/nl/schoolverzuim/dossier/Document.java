package nl.schoolverzuim.dossier;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A document in the Dossier (MAS §1): a letter made from a template in {@code brieven/} goes from CONCEPT (HTML, the
 * preview) to DEFINITIEF (with its PDF) to VERZONDEN (date and channel). It records the template file and the
 * deployment that held it, so the letter can be traced to the template version. Documents from before the templates
 * have only their plain text ({@code inhoud}) and are DEFINITIEF.
 */
@Entity
public class Document {

    public enum Status { CONCEPT, DEFINITIEF, VERZONDEN }

    public enum Verzendkanaal { POST, EMAIL, OVERHANDIGD }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY)
    private Werkproces werkproces;

    private String soort;
    private String titel;
    private String inhoud;
    private Instant aangemaaktOp;
    private LocalDate datum;
    private String afzender;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String html;
    @JdbcTypeCode(SqlTypes.VARBINARY) // bytea on PostgreSQL, binary varying on H2 (V67)
    private byte[] pdf;
    private String sjabloon;
    private String sjabloonVersie;
    private String extraAlinea;
    private LocalDate verzondenOp;
    @Enumerated(EnumType.STRING)
    private Verzendkanaal verzendkanaal;

    protected Document() {
    }

    /** A draft letter rendered from {@code sjabloon} of deployment {@code sjabloonVersie}. */
    public static Document concept(Werkproces werkproces, String soort, String titel, String html, String sjabloon,
                                   String sjabloonVersie, String afzender, LocalDate datum, Instant aangemaaktOp) {
        Document document = new Document();
        document.dossier = werkproces.getDossier();
        document.werkproces = werkproces;
        document.soort = soort;
        document.titel = titel;
        document.html = html;
        document.sjabloon = sjabloon;
        document.sjabloonVersie = sjabloonVersie;
        document.afzender = afzender;
        document.datum = datum;
        document.aangemaaktOp = aangemaaktOp;
        document.status = Status.CONCEPT;
        return document;
    }

    /** The final text with the officer's paragraph and signature, and its PDF; no change after this. */
    public void maakDefinitief(String html, byte[] pdf, String extraAlinea, String afzender, LocalDate datum) {
        if (status != Status.CONCEPT) {
            throw new IllegalStateException("Document " + id + " is al " + status);
        }
        this.html = html;
        this.pdf = pdf;
        this.extraAlinea = extraAlinea;
        this.afzender = afzender;
        this.datum = datum;
        this.status = Status.DEFINITIEF;
    }

    public void verzonden(LocalDate op, Verzendkanaal kanaal) {
        if (status != Status.DEFINITIEF) {
            throw new IllegalStateException("Document " + id + " is " + status + ", niet DEFINITIEF");
        }
        this.verzondenOp = op;
        this.verzendkanaal = kanaal;
        this.status = Status.VERZONDEN;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Werkproces getWerkproces() {
        return werkproces;
    }

    public String getSoort() {
        return soort;
    }

    public String getTitel() {
        return titel;
    }

    /** The plain text of a document from before the templates; null for a letter. */
    public String getInhoud() {
        return inhoud;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getAfzender() {
        return afzender;
    }

    public Status getStatus() {
        return status;
    }

    public String getHtml() {
        return html;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public String getSjabloon() {
        return sjabloon;
    }

    public String getSjabloonVersie() {
        return sjabloonVersie;
    }

    public String getExtraAlinea() {
        return extraAlinea;
    }

    public LocalDate getVerzondenOp() {
        return verzondenOp;
    }

    public Verzendkanaal getVerzendkanaal() {
        return verzendkanaal;
    }
}
