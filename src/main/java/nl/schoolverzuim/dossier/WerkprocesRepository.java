package nl.schoolverzuim.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.organisatie.Teams.Team;

public interface WerkprocesRepository extends JpaRepository<Werkproces, Long> {

    List<Werkproces> findByDossierIdOrderByGestartOp(Long dossierId);

    /** Whether the Dossier ever had a werkproces of this team (MAS §10: what the Doorstroompunt may read). */
    boolean existsByDossierIdAndTeam(Long dossierId, Team team);

    /** Asked for every melding about a known Jongere: JPQL, whose SQL Hibernate keeps (a derived query it does not). */
    @Query("select w from Werkproces w where w.dossier.id = ?1 and w.afgeslotenOp is null order by w.gestartOp")
    List<Werkproces> findByDossierIdAndAfgeslotenOpIsNullOrderByGestartOp(Long dossierId);

    /** The werkproces of an execution or task, by the variable {@code werkprocesId} every werkproces carries. */
    default Werkproces van(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Long id = ((Number) scope.getVariable(Variabelen.WERKPROCES_ID)).longValue();
        return findById(id).orElseThrow(() -> new IllegalStateException("Werkproces " + id + " ontbreekt"));
    }
}
