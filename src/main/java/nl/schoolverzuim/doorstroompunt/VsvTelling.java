package nl.schoolverzuim.doorstroompunt;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Schooljaar;

/**
 * The caseload of [000] Tabel 4 (nieuwe vsv'ers) and Tabel 7 (oud-vsv'ers): per gemeente, Jongeren per VsvStatus,
 * new when they left in the school year of the peildatum (MAS §8, §9). Counting unit: Jongeren (one traject each).
 * One grouped query, so the database does the counting at national scale.
 */
@Service
public class VsvTelling {

    public record Regel(String gemeente, boolean nieuw, VsvStatus status, long aantal) {
    }

    private final EntityManager entityManager;

    VsvTelling(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<Regel> op(LocalDate peildatum) {
        return entityManager.createQuery("""
                        select new nl.schoolverzuim.doorstroompunt.VsvTelling$Regel(
                            g.naam, case when t.uitvaldatum >= :begin then true else false end, t.status, count(t))
                        from VsvTraject t join t.gemeente g
                        where t.uitvaldatum <= :peildatum
                        group by g.naam, case when t.uitvaldatum >= :begin then true else false end, t.status
                        order by g.naam, 2 desc, t.status""", Regel.class)
                .setParameter("begin", Schooljaar.van(peildatum).begin())
                .setParameter("peildatum", peildatum)
                .getResultList();
    }
}
