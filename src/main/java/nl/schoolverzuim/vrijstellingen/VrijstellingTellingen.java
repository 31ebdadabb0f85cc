package nl.schoolverzuim.vrijstellingen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.toegang.Toegang;

/**
 * MAS §9, the jaarverslag: vrijstellingen per article and gemeente in one school year, in the shape of [000] Tabel 2A
 * (seed-facts Fixture 3). Counted unit: vrijstellingen granted (also when they expired or were revoked later), in the
 * school year of their ingangsdatum, as the jaarverslag contract says; the jaarverslag (rapportage.Jaarverslagen)
 * counts through {@link #perGemeenteEnJaar}, so both are one definition. Every gemeente the reader may read is a row,
 * with zeros where nothing was granted, and the last row is the total.
 */
@Service
public class VrijstellingTellingen {

    static final String EENHEID = "vrijstellingen";

    /** One row: a gemeente (or "Totaal"), the count per ground in the order of {@link Grond}, and their sum. */
    public record Rij(String gemeente, String cbsCode, Map<Grond, Long> perGrond, long totaal) {
    }

    public record Tellingen(String schooljaar, String regio, String eenheid, List<Rij> gemeenten, Rij totaal) {
    }

    private final VrijstellingRepository vrijstellingen;
    private final RegioRepository regios;
    private final Toegang toegang;

    VrijstellingTellingen(VrijstellingRepository vrijstellingen, RegioRepository regios, Toegang toegang) {
        this.vrijstellingen = vrijstellingen;
        this.regios = regios;
        this.toegang = toegang;
    }

    /**
     * The counts of {@code schooljaar} (JJJJ-JJJJ) for the gemeenten of {@code regio} (a regio code; empty: every
     * regio) that the reader may read, as the contract's reads: the leerplicht team of the gemeente, its teamleider
     * (a member of that team) and the beheerder. A bad parameter is a 400 naming it.
     */
    @Transactional(readOnly = true)
    public Tellingen tel(String schooljaar, String regio) {
        List<VeldFout> fouten = new ArrayList<>();
        Schooljaar jaar = Schooljaar.uitTekst(schooljaar, fouten);
        String regioCode = regio == null || regio.isBlank() ? null : regio.strip();
        if (regioCode != null && regios.findByCode(regioCode).isEmpty()) {
            fouten.add(new VeldFout("regio", "is geen bekende regio (code, bijvoorbeeld achterhoek)"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Set<String> teams = Toegang.teamsVan(SecurityContextHolder.getContext().getAuthentication());
        List<Gemeente> gemeenten = toegang.gemeentenVan(teams == null ? null : teams.stream()
                        .filter(t -> t.startsWith(Teams.LEERPLICHT_PREFIX)).collect(Collectors.toSet())).stream()
                .filter(g -> regioCode == null || g.getRegio().getCode().equals(regioCode)).toList();
        Map<Long, Map<Grond, Long>> geteld = new HashMap<>();
        perGemeenteEnJaar(gemeenten.stream().map(Gemeente::getId).toList(), jaar, jaar)
                .forEach((sleutel, perGrond) -> geteld.put(sleutel.gemeente(), perGrond));
        List<Rij> rijen = gemeenten.stream().map(g -> rij(g.getNaam(), g.getCbsCode(),
                geteld.getOrDefault(g.getId(), Map.of()))).toList();
        Map<Grond, Long> totaal = new EnumMap<>(Grond.class);
        rijen.forEach(r -> r.perGrond().forEach((grond, n) -> totaal.merge(grond, n, Long::sum)));
        return new Tellingen(jaar.toString(), regioCode, EENHEID, rijen, rij("Totaal", null, totaal));
    }

    /** A gemeente (its id) in a school year (the calendar year it begins in). */
    public record GemeenteJaar(long gemeente, int beginjaar) {
    }

    /**
     * The granted vrijstellingen of these gemeenten per ground, by gemeente and school year of their ingangsdatum,
     * for the school years {@code van} up to and including {@code tot}; only the pairs with any.
     */
    @Transactional(readOnly = true)
    public Map<GemeenteJaar, Map<Grond, Long>> perGemeenteEnJaar(Collection<Long> gemeenten, Schooljaar van,
                                                                 Schooljaar tot) {
        Map<GemeenteJaar, Map<Grond, Long>> geteld = new HashMap<>();
        if (!gemeenten.isEmpty()) {
            for (Object[] rij : vrijstellingen.tellingen(gemeenten, van.begin(), tot.einde())) {
                geteld.computeIfAbsent(new GemeenteJaar((Long) rij[0], ((Number) rij[2]).intValue()),
                        sleutel -> new EnumMap<>(Grond.class)).put((Grond) rij[1], ((Number) rij[3]).longValue());
            }
        }
        return geteld;
    }

    private static Rij rij(String gemeente, String cbsCode, Map<Grond, Long> aantallen) {
        Map<Grond, Long> perGrond = new LinkedHashMap<>();
        for (Grond grond : Grond.values()) {
            perGrond.put(grond, aantallen.getOrDefault(grond, 0L));
        }
        return new Rij(gemeente, cbsCode, Collections.unmodifiableMap(perGrond),
                perGrond.values().stream().mapToLong(Long::longValue).sum());
    }

}
