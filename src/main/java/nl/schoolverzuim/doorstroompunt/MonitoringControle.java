package nl.schoolverzuim.doorstroompunt;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A periodic monitoring check with one result category of [000] Tabel 5 (MAS §8). */
@Entity
public class MonitoringControle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_controle_seq")
    @SequenceGenerator(name = "monitoring_controle_seq", sequenceName = "monitoring_controle_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private VsvTraject vsvTraject;

    private LocalDate datum;
    /** A code of decision codelijst-monitoringresultaat. */
    private String resultaat;
    /** A code of decision codelijst-monitoringvervolg, on which doorstroompunt-vsv branches. */
    private String vervolg;
    private String notitie;

    protected MonitoringControle() {
    }

    MonitoringControle(VsvTraject vsvTraject, LocalDate datum, String resultaat, String vervolg,
                       String notitie) {
        this.vsvTraject = vsvTraject;
        this.datum = datum;
        this.resultaat = resultaat;
        this.vervolg = vervolg;
        this.notitie = notitie;
    }

    public String getResultaat() {
        return resultaat;
    }

    public String getVervolg() {
        return vervolg;
    }
}
