package nl.schoolverzuim.vrijstellingen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.Werkproces;

/**
 * One beroep op vrijstelling (MAS §7): the aanvraag, the outcome of the legal toets, the LPA's besluit and the life of
 * a granted vrijstelling (begin and end, expiry, revocation). Decided and followed in its own werkproces.
 */
@Entity
public class Vrijstelling {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vrijstelling_seq")
    @SequenceGenerator(name = "vrijstelling_seq", sequenceName = "vrijstelling_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Werkproces werkproces;

    @Enumerated(EnumType.STRING)
    private Grond grond;

    @Enumerated(EnumType.STRING)
    private Status status;

    private LocalDate aanvraagdatum;
    private String schooljaar;

    @Enumerated(EnumType.STRING)
    private Aanvrager aanvrager;

    private LocalDate ingangsdatum;
    /** Null only for ART_5A, where the periodic review decides how long it holds. */
    private LocalDate einddatum;
    /** The codes of {@link Bijlage}, comma separated. */
    private String bijlagen;
    private String toelichting;
    private Boolean toetsVoldoet;
    /** The unmet legal requirements, one per line. */
    private String toetsRedenen;
    private LocalDate besluitdatum;
    private String motivering;
    private String intrekkingsreden;
    private Instant geregistreerdOp;

    protected Vrijstelling() {
    }

    Vrijstelling(Dossier dossier, Werkproces werkproces, Grond grond, LocalDate aanvraagdatum, String schooljaar,
                 Aanvrager aanvrager, LocalDate ingangsdatum, LocalDate einddatum, Set<Bijlage> bijlagen,
                 String toelichting, Instant geregistreerdOp) {
        this.dossier = dossier;
        this.werkproces = werkproces;
        this.grond = grond;
        this.status = Status.AANGEVRAAGD;
        this.aanvraagdatum = aanvraagdatum;
        this.schooljaar = schooljaar;
        this.aanvrager = aanvrager;
        this.ingangsdatum = ingangsdatum;
        this.einddatum = einddatum;
        this.bijlagen = bijlagen.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.toelichting = toelichting;
        this.geregistreerdOp = geregistreerdOp;
    }

    void getoetst(List<String> redenen) {
        this.toetsVoldoet = redenen.isEmpty();
        this.toetsRedenen = redenen.isEmpty() ? null : String.join("\n", redenen);
    }

    boolean isBesloten() {
        return besluitdatum != null;
    }

    void besloten(boolean verleend, String motivering, LocalDate op) {
        this.status = verleend ? Status.VERLEEND : Status.AFGEWEZEN;
        this.motivering = motivering;
        this.besluitdatum = op;
    }

    /** A renewal (MAS §7: 5A after review, 5B and 5C per school year) continues the same vrijstelling. */
    void verlengd(LocalDate nieuweEinddatum, String nieuwSchooljaar) {
        this.einddatum = nieuweEinddatum;
        if (nieuwSchooljaar != null) {
            this.schooljaar = nieuwSchooljaar;
        }
    }

    void verlopen() {
        this.status = Status.VERLOPEN;
    }

    void ingetrokken(String reden) {
        this.status = Status.INGETROKKEN;
        this.intrekkingsreden = reden;
    }

    /** Granted and in force on {@code dag} (an open end holds until the review ends it). */
    boolean isActiefOp(LocalDate dag) {
        return status == Status.VERLEEND && !dag.isBefore(ingangsdatum) && (einddatum == null || !dag.isAfter(einddatum));
    }

    public Set<Bijlage> getBijlagen() {
        return bijlagen == null || bijlagen.isEmpty() ? Set.of()
                : Arrays.stream(bijlagen.split(",")).map(Bijlage::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public List<String> getToetsRedenen() {
        return toetsRedenen == null ? List.of() : List.of(toetsRedenen.split("\n"));
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

    public Grond getGrond() {
        return grond;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getAanvraagdatum() {
        return aanvraagdatum;
    }

    public String getSchooljaar() {
        return schooljaar;
    }

    public Aanvrager getAanvrager() {
        return aanvrager;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public String getToelichting() {
        return toelichting;
    }

    public Boolean getToetsVoldoet() {
        return toetsVoldoet;
    }

    public LocalDate getBesluitdatum() {
        return besluitdatum;
    }

    public String getMotivering() {
        return motivering;
    }

    public String getIntrekkingsreden() {
        return intrekkingsreden;
    }

    public Instant getGeregistreerdOp() {
        return geregistreerdOp;
    }
}
