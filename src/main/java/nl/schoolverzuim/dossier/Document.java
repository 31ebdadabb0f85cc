package nl.schoolverzuim.dossier;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A document in the Dossier (MAS §1), such as the letter to the ouders after a preventive talk. */
@Entity
public class Document {

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

    protected Document() {
    }

    public Document(Werkproces werkproces, String soort, String titel, String inhoud, Instant aangemaaktOp) {
        this.dossier = werkproces.getDossier();
        this.werkproces = werkproces;
        this.soort = soort;
        this.titel = titel;
        this.inhoud = inhoud;
        this.aangemaaktOp = aangemaaktOp;
    }

    public Long getId() {
        return id;
    }

    public String getSoort() {
        return soort;
    }

    public String getTitel() {
        return titel;
    }

    public String getInhoud() {
        return inhoud;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }
}
