package nl.schoolverzuim.dossier;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of the dossier access log (MAS §10). */
@Entity
@Table(name = "dossier_inzage")
class InzageRegel {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_inzage_seq")
    @SequenceGenerator(name = "dossier_inzage_seq", sequenceName = "dossier_inzage_seq", allocationSize = 50)
    private Long id;

    private Long dossierId;
    private String gebruiker;
    private Instant tijdstip;
    private String via;

    protected InzageRegel() {
    }

    InzageRegel(Long dossierId, String gebruiker, Instant tijdstip, String via) {
        this.dossierId = dossierId;
        this.gebruiker = gebruiker;
        this.tijdstip = tijdstip;
        this.via = via;
    }

    String getGebruiker() {
        return gebruiker;
    }

    Instant getTijdstip() {
        return tijdstip;
    }

    String getVia() {
        return via;
    }
}
