package nl.schoolverzuim.thuiszitters;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.Werkproces;

/**
 * A period in which a Jongere is a thuiszitter (MAS §6): from the melding of the leerplicht werkproces it derives from
 * until back in school, a vrijstelling, dagbesteding or another outcome ends it.
 */
@Entity
public class Thuiszitter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thuiszitter_seq")
    @SequenceGenerator(name = "thuiszitter_seq", sequenceName = "thuiszitter_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Werkproces werkproces;

    private String reden;
    private LocalDate sinds;
    private String school;
    private LocalDate beeindigdOp;
    private String beeindigingsreden;
    private boolean aangemeldBijTafel;
    /** Who sat at the tafel (MAS §6: school, samenwerkingsverband, jeugd en gezin, schoolarts, others). */
    private String tafelDeelnemers;
    private String tafelAdvies;
    private String regiehouder;
    private String plan;
    private LocalDate streefdatum;

    protected Thuiszitter() {
    }

    Thuiszitter(Werkproces werkproces, String reden, LocalDate sinds, String school) {
        this.dossier = werkproces.getDossier();
        this.werkproces = werkproces;
        this.reden = reden;
        this.sinds = sinds;
        this.school = school;
    }

    void aangemeld() {
        this.aangemeldBijTafel = true;
    }

    void tafel(String deelnemers, String advies) {
        this.tafelDeelnemers = deelnemers;
        this.tafelAdvies = advies;
    }

    void plan(String regiehouder, String plan, LocalDate streefdatum) {
        this.regiehouder = regiehouder;
        this.plan = plan;
        this.streefdatum = streefdatum;
    }

    void beeindigd(String reden, LocalDate op) {
        if (beeindigdOp == null) {
            this.beeindigdOp = op;
            this.beeindigingsreden = reden;
        }
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

    public String getReden() {
        return reden;
    }

    public LocalDate getSinds() {
        return sinds;
    }

    public String getSchool() {
        return school;
    }

    public LocalDate getBeeindigdOp() {
        return beeindigdOp;
    }

    public String getBeeindigingsreden() {
        return beeindigingsreden;
    }

    public boolean isAangemeldBijTafel() {
        return aangemeldBijTafel;
    }

    public String getTafelDeelnemers() {
        return tafelDeelnemers;
    }

    public String getTafelAdvies() {
        return tafelAdvies;
    }

    public String getRegiehouder() {
        return regiehouder;
    }

    public String getPlan() {
        return plan;
    }

    public LocalDate getStreefdatum() {
        return streefdatum;
    }
}
