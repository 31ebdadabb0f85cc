package nl.schoolverzuim.dossier;

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

import nl.schoolverzuim.domein.KwalificatieplichtVervallen;
import nl.schoolverzuim.domein.Leeftijd;
import nl.schoolverzuim.domein.Leerplichtfase;
import nl.schoolverzuim.organisatie.Gemeente;

@Entity
public class Jongere {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jongere_seq")
    @SequenceGenerator(name = "jongere_seq", sequenceName = "jongere_seq", allocationSize = 50)
    private Long id;

    private String bsn;
    private String voornaam;
    private String achternaam;
    private LocalDate geboortedatum;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Gemeente woongemeente;

    /** MAS §2: has a startkwalificatie, which ends kwalificatieplicht; null when no melding stated it. */
    private Boolean startkwalificatie;

    /**
     * MAS §2: full school years completed as the latest melding stating it said (12 end leerplicht); null when none
     * did. Not counted on: a later year is only a fact once a melding states it.
     */
    private Integer volledigeSchooljaren;

    /** MAS §2, art. 4a lid 2: the ground on which kwalificatieplicht does not apply; null when no melding stated one. */
    @Enumerated(EnumType.STRING)
    private KwalificatieplichtVervallen kwalificatieplichtVervallen;

    protected Jongere() {
    }

    public Jongere(String bsn, String voornaam, String achternaam, LocalDate geboortedatum, Gemeente woongemeente) {
        this.bsn = bsn;
        this.voornaam = voornaam;
        this.achternaam = achternaam;
        this.geboortedatum = geboortedatum;
        this.woongemeente = woongemeente;
    }

    /**
     * A newer melding of the woongemeente is the latest word on name and BSN. Not on the woongemeente: a melding
     * naming another one is a reported move, which only the old woongemeente's team confirms ({@link #verhuisNaar}).
     */
    void werkBij(Persoonsgegevens gegevens) {
        if (gegevens.bsn() != null) {
            this.bsn = gegevens.bsn();
        }
        neemFeitenOver(gegevens);
        this.voornaam = gegevens.voornaam();
        this.achternaam = gegevens.achternaam();
    }

    /** The move is confirmed (MAS §10): the new woongemeente's team is responsible from now on. */
    void verhuisNaar(Gemeente gemeente) {
        this.woongemeente = gemeente;
    }

    boolean woontIn(Gemeente gemeente) {
        return woongemeente.getId().equals(gemeente.getId());
    }

    public int leeftijdOp(LocalDate peildatum) {
        return Leeftijd.op(geboortedatum, peildatum);
    }

    public String volledigeNaam() {
        return voornaam + " " + achternaam;
    }

    public Long getId() {
        return id;
    }

    /** Full BSN: for matching only; views show {@link Bsn#gemaskeerd}. */
    public String getBsn() {
        return bsn;
    }

    public String getVoornaam() {
        return voornaam;
    }

    public String getAchternaam() {
        return achternaam;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public Gemeente getWoongemeente() {
        return woongemeente;
    }

    public Boolean getStartkwalificatie() {
        return startkwalificatie;
    }

    public Integer getVolledigeSchooljaren() {
        return volledigeSchooljaren;
    }

    public KwalificatieplichtVervallen getKwalificatieplichtVervallen() {
        return kwalificatieplichtVervallen;
    }

    /** What decision leerplicht-fase reads about this Jongere (MAS §2). */
    public Leerplichtfase.Feiten feiten() {
        return new Leerplichtfase.Feiten(geboortedatum, volledigeSchooljaren, startkwalificatie,
                kwalificatieplichtVervallen);
    }

    /**
     * What a melding states about the end of leerplicht and kwalificatieplicht (MAS §2); a fact it leaves out
     * changes nothing.
     */
    void neemFeitenOver(Persoonsgegevens gemeld) {
        if (gemeld.startkwalificatie() != null) {
            this.startkwalificatie = gemeld.startkwalificatie();
        }
        if (gemeld.volledigeSchooljaren() != null) {
            this.volledigeSchooljaren = gemeld.volledigeSchooljaren();
        }
        if (gemeld.kwalificatieplichtVervallen() != null) {
            this.kwalificatieplichtVervallen = gemeld.kwalificatieplichtVervallen();
        }
    }

    @Override
    public String toString() {
        return "Jongere[" + id + "]";
    }
}
