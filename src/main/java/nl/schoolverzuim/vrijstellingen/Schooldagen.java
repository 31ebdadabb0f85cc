package nl.schoolverzuim.vrijstellingen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.domein.Werkdagen;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Gemeenten;

/**
 * School days as MAS §7 counts verlof: from the first to the last day inclusive, without weekends, the general
 * holidays of {@link Werkdagen} and the school holidays of the gemeente's vakantieregio (table schoolvakantie, kept
 * by the beheerder). A period in a school year whose holidays the table does not hold for that region is not
 * counted: a number without the holidays would send a request to the wrong decision maker.
 */
@Service
public class Schooldagen {

    private final SchoolvakantieRepository vakanties;
    private final Gemeenten gemeenten;
    private final Werkdagen werkdagen;

    Schooldagen(SchoolvakantieRepository vakanties, Gemeenten gemeenten, Werkdagen werkdagen) {
        this.vakanties = vakanties;
        this.gemeenten = gemeenten;
        this.werkdagen = werkdagen;
    }

    /** Why the school days of a period cannot be counted; a Dutch sentence for the user. */
    public static class NietTeTellen extends RuntimeException {
        public NietTeTellen(String zin) {
            super(zin);
        }
    }

    /** The school days from {@code van} to {@code tot} inclusive for a school in {@code gemeente} (name or CBS code). */
    @Transactional(readOnly = true)
    public int tussen(LocalDate van, LocalDate tot, String gemeente) {
        Gemeente bekend = gemeenten.zoek(gemeente)
                .orElseThrow(() -> new NietTeTellen("de gemeente is niet bekend"));
        return tussen(van, tot, vakantieregio(bekend));
    }

    @Transactional(readOnly = true)
    public int tussen(LocalDate van, LocalDate tot, Vakantieregio regio) {
        if (tot.isBefore(van)) {
            throw new IllegalArgumentException("tot ligt voor van");
        }
        List<String> ontbrekend = new ArrayList<>();
        for (Schooljaar jaar = Schooljaar.van(van); !jaar.begin().isAfter(tot);
             jaar = Schooljaar.van(jaar.einde().plusDays(1))) {
            if (!vakanties.existsBySchooljaarAndVakantieregio(jaar.toString(), regio)) {
                ontbrekend.add(jaar.toString());
            }
        }
        if (!ontbrekend.isEmpty()) {
            throw new NietTeTellen("de schoolvakanties van regio " + regio.name().toLowerCase() + " in schooljaar "
                    + String.join(", ", ontbrekend) + " zijn niet bekend; de beheerder legt ze vast");
        }
        return tel(van, tot, vakanties.overlappend(regio, van, tot));
    }

    /** The vakantieregio of the gemeente, from table vakantieregio_gemeente. */
    @Transactional(readOnly = true)
    public Vakantieregio vakantieregio(Gemeente gemeente) {
        return vakanties.vakantieregioVan(gemeente.getCbsCode()).map(Vakantieregio::valueOf)
                .orElseThrow(() -> new NietTeTellen("van gemeente " + gemeente.getNaam()
                        + " is de vakantieregio niet bekend; de beheerder legt die vast"));
    }

    /** The count itself: every day of the period that is no weekend day, general holiday or school holiday. */
    int tel(LocalDate van, LocalDate tot, List<Schoolvakantie> schoolvakanties) {
        int dagen = 0;
        for (LocalDate dag = van; !dag.isAfter(tot); dag = dag.plusDays(1)) {
            LocalDate datum = dag;
            boolean weekend = dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !werkdagen.isFeestdag(dag) && schoolvakanties.stream().noneMatch(v -> v.bevat(datum))) {
                dagen++;
            }
        }
        return dagen;
    }
}
