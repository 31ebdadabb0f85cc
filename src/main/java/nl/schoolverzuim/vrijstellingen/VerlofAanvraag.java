package nl.schoolverzuim.vrijstellingen;

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
import jakarta.persistence.Table;

import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.organisatie.School;

/** A request for verlof of more than 10 school days outside the school holidays, decided by the LPA (MAS §7). */
@Entity
@Table(name = "verlofaanvraag")
public class VerlofAanvraag {

    public enum Status { AANGEVRAAGD, VERLEEND, AFGEWEZEN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verlofaanvraag_seq")
    @SequenceGenerator(name = "verlofaanvraag_seq", sequenceName = "verlofaanvraag_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY)
    private Werkproces werkproces;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    private LocalDate van;
    private LocalDate tot;
    private int schooldagen;
    private String reden;
    private LocalDate aanvraagdatum;
    private Instant ontvangenOp;

    @Enumerated(EnumType.STRING)
    private Status status;

    private LocalDate besluitdatum;
    private String motivering;

    protected VerlofAanvraag() {
    }

    public VerlofAanvraag(Dossier dossier, School school, LocalDate van, LocalDate tot, int schooldagen, String reden,
                          LocalDate aanvraagdatum, Instant ontvangenOp) {
        this.dossier = dossier;
        this.school = school;
        this.van = van;
        this.tot = tot;
        this.schooldagen = schooldagen;
        this.reden = reden;
        this.aanvraagdatum = aanvraagdatum;
        this.ontvangenOp = ontvangenOp;
        this.status = Status.AANGEVRAAGD;
    }

    void behandeldIn(Werkproces werkproces) {
        this.werkproces = werkproces;
    }

    /** The LPA's besluit; a request is decided once. */
    void besluit(boolean verleend, String motivering, LocalDate besluitdatum) {
        if (status != Status.AANGEVRAAGD) {
            throw new IllegalStateException("Verlofaanvraag " + id + " is al besloten");
        }
        this.status = verleend ? Status.VERLEEND : Status.AFGEWEZEN;
        this.motivering = motivering;
        this.besluitdatum = besluitdatum;
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

    public School getSchool() {
        return school;
    }

    public LocalDate getVan() {
        return van;
    }

    public LocalDate getTot() {
        return tot;
    }

    public int getSchooldagen() {
        return schooldagen;
    }

    public String getReden() {
        return reden;
    }

    public LocalDate getAanvraagdatum() {
        return aanvraagdatum;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getBesluitdatum() {
        return besluitdatum;
    }

    public String getMotivering() {
        return motivering;
    }
}
