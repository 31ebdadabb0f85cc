package nl.schoolverzuim.organisatie;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

import nl.schoolverzuim.infrastructuur.Referentiegegevens;

/** A Doorstroompunt region (MAS §1) of several gemeenten. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = Referentiegegevens.REGION)
public class Regio {

    /** MAS §2: the DSP follows Jongeren until their 23rd birthday unless the regio raised it to 27. */
    public static final int STANDAARD_BOVENGRENS_LEEFTIJD = 23;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "regio_seq")
    @SequenceGenerator(name = "regio_seq", sequenceName = "regio_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String naam;
    private int bovengrensLeeftijd = STANDAARD_BOVENGRENS_LEEFTIJD;

    protected Regio() {
    }

    public Regio(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    /** First age at which a Jongere is no longer target group of this regio's Doorstroompunt. */
    public int getBovengrensLeeftijd() {
        return bovengrensLeeftijd;
    }

    public void setBovengrensLeeftijd(int bovengrensLeeftijd) {
        this.bovengrensLeeftijd = bovengrensLeeftijd;
    }
}
