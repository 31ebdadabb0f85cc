package nl.schoolverzuim.organisatie;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;

/**
 * A gemeente by name (any case) or CBS code, with or without the "GM" prefix (meldingen.md), as every melding names
 * its Jongere's woongemeente. Which id a name or code has is remembered and the gemeente itself comes from Hibernate's
 * second-level cache (infrastructuur.Referentiegegevens), so a gemeente named before costs no query and no query execution
 *. The remembered id is a hint only: the gemeente must still carry that name or code, else it is looked up
 * again, so a renamed or merged gemeente (herindeling) is found as it is now. Only names and codes found are kept:
 * at most two per gemeente.
 */
@Service
public class Gemeenten {

    private static final Pattern CBS_CODE = Pattern.compile("(?i)(GM)?\\d{4}");

    private final GemeenteRepository gemeenten;
    private final EntityManager entityManager;
    private final Map<Sleutel, Long> ids = new ConcurrentHashMap<>();

    Gemeenten(GemeenteRepository gemeenten, EntityManager entityManager) {
        this.gemeenten = gemeenten;
        this.entityManager = entityManager;
    }

    public Optional<Gemeente> zoek(String naamOfCode) {
        Sleutel sleutel = Sleutel.van(naamOfCode);
        Long id = ids.get(sleutel);
        Gemeente bekend = id == null ? null : entityManager.find(Gemeente.class, id);
        if (bekend != null && sleutel.past(bekend)) {
            return Optional.of(bekend);
        }
        Optional<Gemeente> gevonden = sleutel.code()
                ? gemeenten.findByCbsCode(sleutel.waarde())
                : gemeenten.findByLowerCaseNaam(sleutel.waarde());
        gevonden.ifPresentOrElse(gemeente -> ids.put(sleutel, gemeente.getId()), () -> ids.remove(sleutel));
        return gevonden;
    }

    /** A CBS code with its "GM" prefix, or a name in lower case. */
    private record Sleutel(String waarde, boolean code) {

        static Sleutel van(String naamOfCode) {
            String invoer = naamOfCode.trim();
            if (CBS_CODE.matcher(invoer).matches()) {
                String code = invoer.toUpperCase(Locale.ROOT);
                return new Sleutel(code.startsWith("GM") ? code : "GM" + code, true);
            }
            return new Sleutel(invoer.toLowerCase(Locale.ROOT), false);
        }

        boolean past(Gemeente gemeente) {
            return waarde.equals(code ? gemeente.getCbsCode() : gemeente.getNaam().toLowerCase(Locale.ROOT));
        }
    }
}
