package nl.schoolverzuim.thuiszitters;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import nl.schoolverzuim.organisatie.Samenwerkingsverband;

/** The thuiszitters list of one samenwerkingsverband on a peildatum, as sent every 3 months (MAS §5, §6). */
@Entity
public class ThuiszittersOverzicht {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thuiszitters_overzicht_seq")
    @SequenceGenerator(name = "thuiszitters_overzicht_seq", sequenceName = "thuiszitters_overzicht_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Samenwerkingsverband samenwerkingsverband;

    private LocalDate peildatum;
    private Instant aangemaaktOp;
    private int aantal;
    private String csv;

    protected ThuiszittersOverzicht() {
    }

    ThuiszittersOverzicht(Samenwerkingsverband samenwerkingsverband, LocalDate peildatum, Instant aangemaaktOp,
                          int aantal, String csv) {
        this.samenwerkingsverband = samenwerkingsverband;
        this.peildatum = peildatum;
        this.aangemaaktOp = aangemaaktOp;
        this.aantal = aantal;
        this.csv = csv;
    }

    public Long getId() {
        return id;
    }

    public Samenwerkingsverband getSamenwerkingsverband() {
        return samenwerkingsverband;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public int getAantal() {
        return aantal;
    }

    public String getCsv() {
        return csv;
    }
}
