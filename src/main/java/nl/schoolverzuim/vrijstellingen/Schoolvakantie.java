package nl.schoolverzuim.vrijstellingen;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** One school holiday of one vakantieregio, first to last day inclusive; reference data of the beheerder. */
@Entity
public class Schoolvakantie {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schoolvakantie_seq")
    @SequenceGenerator(name = "schoolvakantie_seq", sequenceName = "schoolvakantie_seq", allocationSize = 50)
    private Long id;

    /** JJJJ-JJJJ, the school year the holiday belongs to (the zomervakantie to the year it ends). */
    private String schooljaar;

    @Enumerated(EnumType.STRING)
    private Vakantieregio vakantieregio;

    private String naam;
    private LocalDate van;
    private LocalDate tot;

    protected Schoolvakantie() {
    }

    public Schoolvakantie(String schooljaar, Vakantieregio vakantieregio, String naam, LocalDate van, LocalDate tot) {
        this.schooljaar = schooljaar;
        this.vakantieregio = vakantieregio;
        this.naam = naam;
        this.van = van;
        this.tot = tot;
    }

    public boolean bevat(LocalDate datum) {
        return !datum.isBefore(van) && !datum.isAfter(tot);
    }

    public Long getId() {
        return id;
    }

    public String getSchooljaar() {
        return schooljaar;
    }

    public Vakantieregio getVakantieregio() {
        return vakantieregio;
    }

    public String getNaam() {
        return naam;
    }

    public LocalDate getVan() {
        return van;
    }

    public LocalDate getTot() {
        return tot;
    }
}
