package nl.schoolverzuim.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * An ouder/verzorger of the Jongere in one Dossier, to whom letters go: name, address, phone, e-mail and gezag where
 * known (null: not known). Read by other capabilities through {@link Verzorgers#van}; only this package changes it.
 */
@Entity
public class Verzorger {

    /** Where the data came from: a melding, or the officer on the Dossier page. */
    public enum Bron { MELDING, AMBTENAAR }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verzorger_seq")
    @SequenceGenerator(name = "verzorger_seq", sequenceName = "verzorger_seq", allocationSize = 50)
    private Long id;

    private Long dossierId;
    private String naam;
    private String naamSleutel;
    private String straat;
    private String huisnummer;
    private String postcode;
    private String woonplaats;
    private String telefoon;
    private String email;
    private Boolean gezag;
    @Enumerated(EnumType.STRING)
    private Bron bron;
    private Instant gewijzigdOp;
    private String gewijzigdDoor;

    protected Verzorger() {
    }

    Verzorger(Long dossierId, VerzorgerInvoer invoer, Bron bron, Instant op, String door) {
        this.dossierId = dossierId;
        this.bron = bron;
        neemOver(invoer, op, door);
    }

    /** Everything as the officer entered it: a field left empty becomes unknown. */
    void neemOver(VerzorgerInvoer invoer, Instant op, String door) {
        naam = invoer.naam();
        naamSleutel = VerzorgerInvoer.sleutel(invoer.naam());
        straat = invoer.straat();
        huisnummer = invoer.huisnummer();
        postcode = invoer.postcode();
        woonplaats = invoer.woonplaats();
        telefoon = invoer.telefoon();
        email = invoer.email();
        gezag = invoer.gezag();
        gewijzigdOp = op;
        gewijzigdDoor = door;
    }

    /**
     * What a later melding says about this ouder: it fills in what is not known yet and changes nothing recorded
     * (ADR 0026). Returns, as "veld: waarde", what the melding says differently from what is recorded.
     */
    List<String> vulAan(VerzorgerInvoer invoer, Instant op) {
        List<String> anders = new ArrayList<>();
        boolean gewijzigd = false;
        if (invoer.heeftAdres()) {
            if (!heeftAdres()) {
                straat = invoer.straat();
                huisnummer = invoer.huisnummer();
                postcode = invoer.postcode();
                woonplaats = invoer.woonplaats();
                gewijzigd = true;
            } else if (!adres().equals(adres(invoer))) {
                anders.add("adres: " + adres(invoer));
            }
        }
        if (invoer.telefoon() != null) {
            if (telefoon == null) {
                telefoon = invoer.telefoon();
                gewijzigd = true;
            } else if (!telefoon.equals(invoer.telefoon())) {
                anders.add("telefoon: " + invoer.telefoon());
            }
        }
        if (invoer.email() != null) {
            if (email == null) {
                email = invoer.email();
                gewijzigd = true;
            } else if (!email.equalsIgnoreCase(invoer.email())) {
                anders.add("e-mail: " + invoer.email());
            }
        }
        if (invoer.gezag() != null) {
            if (gezag == null) {
                gezag = invoer.gezag();
                gewijzigd = true;
            } else if (!gezag.equals(invoer.gezag())) {
                anders.add("gezag: " + (invoer.gezag() ? "ja" : "nee"));
            }
        }
        if (gewijzigd) {
            gewijzigdOp = op;
        }
        return anders;
    }

    public boolean heeftAdres() {
        return straat != null && huisnummer != null && postcode != null && woonplaats != null;
    }

    /** "Dorpsstraat 12a, 7001 AB Doetinchem", or null without an address. */
    public String adres() {
        return heeftAdres() ? straat + " " + huisnummer + ", " + postcode + " " + woonplaats : null;
    }

    private static String adres(VerzorgerInvoer invoer) {
        return invoer.straat() + " " + invoer.huisnummer() + ", " + invoer.postcode() + " " + invoer.woonplaats();
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getNaam() {
        return naam;
    }

    public String getStraat() {
        return straat;
    }

    public String getHuisnummer() {
        return huisnummer;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getWoonplaats() {
        return woonplaats;
    }

    public String getTelefoon() {
        return telefoon;
    }

    public String getEmail() {
        return email;
    }

    public Boolean getGezag() {
        return gezag;
    }

    public Bron getBron() {
        return bron;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    public String getGewijzigdDoor() {
        return gewijzigdDoor;
    }

    @Override
    public String toString() {
        return "Verzorger[" + id + "]";
    }
}
