package nl.schoolverzuim.melding;

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

import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.organisatie.School;

/** One report received (MAS §1), from a school via DUO or created by an officer. */
@Entity
public class Melding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "melding_seq")
    @SequenceGenerator(name = "melding_seq", sequenceName = "melding_seq", allocationSize = 50)
    private Long id;

    /** DUO meldingnummer; unique when present (meldingen.md). */
    private String meldingnummer;

    @Enumerated(EnumType.STRING)
    private Verzuimsoort verzuimsoort;

    private LocalDate meldingsdatum;
    private Instant ontvangenOp;
    private int urenVerzuim;
    private int kerenTeLaat;
    /** MAS §4.1: an OVERIG melding at about 8 hours asking for the preventive talk. */
    private boolean preventiefGesprek;
    /** MAS §8: the school's wish for action on a VERZUIM_18PLUS melding; null for other soorten. */
    private Boolean actieGewenst;
    private String toelichting;
    /** Contract uitschrijfdatum: the first day not enrolled (ABSOLUUT, VSV); null for other soorten. */
    private LocalDate uitschrijfdatum;
    /** MAS §3: WETTELIJK after an earlier WETTELIJK melding of the same Jongere in the same school year. */
    private boolean herhaald;

    @ManyToOne(fetch = FetchType.LAZY)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY)
    private Werkproces werkproces;

    protected Melding() {
    }

    Melding(String meldingnummer, Verzuimsoort verzuimsoort, LocalDate meldingsdatum, Instant ontvangenOp,
            int urenVerzuim, int kerenTeLaat, boolean preventiefGesprek, Boolean actieGewenst, String toelichting,
            LocalDate uitschrijfdatum, boolean herhaald, School school, Dossier dossier) {
        this.uitschrijfdatum = uitschrijfdatum;
        this.herhaald = herhaald;
        this.meldingnummer = meldingnummer;
        this.verzuimsoort = verzuimsoort;
        this.meldingsdatum = meldingsdatum;
        this.ontvangenOp = ontvangenOp;
        this.urenVerzuim = urenVerzuim;
        this.kerenTeLaat = kerenTeLaat;
        this.preventiefGesprek = preventiefGesprek;
        this.actieGewenst = actieGewenst;
        this.toelichting = toelichting;
        this.school = school;
        this.dossier = dossier;
    }

    void behandeldIn(Werkproces werkproces) {
        this.werkproces = werkproces;
    }

    /** Triage handed the werkproces to another gemeente (MAS §4 step 1): the melding is that gemeente's now. */
    void overgedragenNaar(Werkproces nieuw) {
        this.werkproces = nieuw;
        this.dossier = nieuw.getDossier();
    }

    public Long getId() {
        return id;
    }

    public String getMeldingnummer() {
        return meldingnummer;
    }

    public Verzuimsoort getVerzuimsoort() {
        return verzuimsoort;
    }

    public LocalDate getMeldingsdatum() {
        return meldingsdatum;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    public int getUrenVerzuim() {
        return urenVerzuim;
    }

    public int getKerenTeLaat() {
        return kerenTeLaat;
    }

    public boolean isPreventiefGesprek() {
        return preventiefGesprek;
    }

    public Boolean getActieGewenst() {
        return actieGewenst;
    }

    public String getToelichting() {
        return toelichting;
    }

    public LocalDate getUitschrijfdatum() {
        return uitschrijfdatum;
    }

    public boolean isHerhaald() {
        return herhaald;
    }

    public School getSchool() {
        return school;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Werkproces getWerkproces() {
        return werkproces;
    }
}
