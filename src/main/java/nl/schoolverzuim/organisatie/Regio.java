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

/**
 * A Doorstroompunt region (MAS §1) of several gemeenten. Its upper age (MAS §2) is decision {@code regio-bovengrens},
 * keyed by {@link #getCode()}.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = Referentiegegevens.REGION)
public class Regio {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "regio_seq")
    @SequenceGenerator(name = "regio_seq", sequenceName = "regio_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String naam;

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
}
