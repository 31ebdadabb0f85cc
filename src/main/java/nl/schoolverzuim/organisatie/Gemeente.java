package nl.schoolverzuim.organisatie;

import java.text.Normalizer;
import java.util.Locale;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

import nl.schoolverzuim.infrastructuur.Referentiegegevens;

/** A gemeente; the Jongere's woongemeente decides which LPA team works the melding (MAS §1). */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = Referentiegegevens.REGION)
public class Gemeente {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gemeente_seq")
    @SequenceGenerator(name = "gemeente_seq", sequenceName = "gemeente_seq", allocationSize = 50)
    private Long id;

    /** CBS gemeentecode, e.g. GM0222. */
    private String cbsCode;
    private String naam;
    /** Lower-case name with hyphens, used in group ids and logins: "oude-ijsselstreek". */
    private String sleutel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Regio regio;

    /** The samenwerkingsverband whose thuiszitters overview counts this gemeente's Jongeren (MAS §6). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Samenwerkingsverband samenwerkingsverband;

    protected Gemeente() {
    }

    public Gemeente(String cbsCode, String naam, Regio regio) {
        this.cbsCode = cbsCode;
        this.naam = naam;
        this.sleutel = sleutelVan(naam);
        this.regio = regio;
    }

    public static String sleutelVan(String naam) {
        String zonderAccenten = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonderAccenten.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public Long getId() {
        return id;
    }

    public String getCbsCode() {
        return cbsCode;
    }

    public String getNaam() {
        return naam;
    }

    public String getSleutel() {
        return sleutel;
    }

    public Regio getRegio() {
        return regio;
    }

    public Samenwerkingsverband getSamenwerkingsverband() {
        return samenwerkingsverband;
    }

    public void setSamenwerkingsverband(Samenwerkingsverband samenwerkingsverband) {
        this.samenwerkingsverband = samenwerkingsverband;
    }
}
