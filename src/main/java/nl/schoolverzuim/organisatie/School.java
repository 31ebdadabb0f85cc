package nl.schoolverzuim.organisatie;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

import nl.schoolverzuim.infrastructuur.Referentiegegevens;

@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = Referentiegegevens.REGION)
@NaturalIdCache(region = Referentiegegevens.SLEUTELS)
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
    @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
    private Long id;

    /** DUO's BRIN code: 2 digits and 2 letters, optionally a 2-digit vestiging. */
    @NaturalId
    private String brin;
    private String naam;

    @Enumerated(EnumType.STRING)
    private Onderwijssoort onderwijssoort;

    protected School() {
    }

    public School(String brin, String naam, Onderwijssoort onderwijssoort) {
        this.brin = brin;
        this.naam = naam;
        this.onderwijssoort = onderwijssoort;
    }

    public Long getId() {
        return id;
    }

    public String getBrin() {
        return brin;
    }

    public String getNaam() {
        return naam;
    }

    public Onderwijssoort getOnderwijssoort() {
        return onderwijssoort;
    }
}
