package nl.schoolverzuim.vrijstellingen;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
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
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.toegang.Toegang;

/**
 * MAS §9, the jaarverslag: vrijstellingen per article and gemeente in one school year, in the shape of [000] Tabel 2A
 * (seed-facts Fixture 3). Counted unit: vrijstellingen granted and in force on some day of the school year (also when
 * they expired or were revoked later). Every gemeente the reader may read is a row, with zeros where nothing was
 * granted, and the last row is the total.
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
        Schooljaar jaar = schooljaar(schooljaar, fouten);
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
        if (!gemeenten.isEmpty()) {
            for (Object[] rij : vrijstellingen.tellingen(gemeenten.stream().map(Gemeente::getId).toList(), jaar.begin(),
                    jaar.einde(), jaar.begin().atStartOfDay(Termijnen.ZONE).toInstant())) {
                geteld.computeIfAbsent((Long) rij[0], id -> new EnumMap<>(Grond.class))
                        .put((Grond) rij[1], ((Number) rij[2]).longValue());
            }
        }
        List<Rij> rijen = gemeenten.stream().map(g -> rij(g.getNaam(), g.getCbsCode(),
                geteld.getOrDefault(g.getId(), Map.of()))).toList();
        Map<Grond, Long> totaal = new EnumMap<>(Grond.class);
        rijen.forEach(r -> r.perGrond().forEach((grond, n) -> totaal.merge(grond, n, Long::sum)));
        return new Tellingen(jaar.toString(), regioCode, EENHEID, rijen, rij("Totaal", null, totaal));
    }

    private static Rij rij(String gemeente, String cbsCode, Map<Grond, Long> aantallen) {
        Map<Grond, Long> perGrond = new LinkedHashMap<>();
        for (Grond grond : Grond.values()) {
            perGrond.put(grond, aantallen.getOrDefault(grond, 0L));
        }
        return new Rij(gemeente, cbsCode, Collections.unmodifiableMap(perGrond),
                perGrond.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Schooljaar schooljaar(String waarde, List<VeldFout> fouten) {
        String tekst = waarde == null ? "" : waarde.strip();
        if (tekst.isEmpty()) {
            fouten.add(new VeldFout("schooljaar", "is verplicht, in de vorm JJJJ-JJJJ"));
            return null;
        }
        if (!tekst.matches("\\d{4}-\\d{4}")
                || Integer.parseInt(tekst.substring(5)) != Integer.parseInt(tekst.substring(0, 4)) + 1) {
            fouten.add(new VeldFout("schooljaar", "is geen schooljaar (JJJJ-JJJJ, twee opeenvolgende jaren)"));
            return null;
        }
        return Schooljaar.van(LocalDate.of(Integer.parseInt(tekst.substring(0, 4)), Month.AUGUST, 1));
    }
}
