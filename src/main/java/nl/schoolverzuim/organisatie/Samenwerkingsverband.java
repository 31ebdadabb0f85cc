package nl.schoolverzuim.organisatie;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Samenwerkingsverband passend onderwijs: receives the thuiszitters overview every 3 months (MAS §5, §6). */
@Entity
public class Samenwerkingsverband {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "samenwerkingsverband_seq")
    @SequenceGenerator(name = "samenwerkingsverband_seq", sequenceName = "samenwerkingsverband_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String naam;

    protected Samenwerkingsverband() {
    }

    public Samenwerkingsverband(String code, String naam) {
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
