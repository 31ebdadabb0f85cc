package nl.schoolverzuim.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WerkprocesRepository extends JpaRepository<Werkproces, Long> {

    List<Werkproces> findByDossierIdOrderByGestartOp(Long dossierId);

    List<Werkproces> findByDossierIdAndAfgeslotenOpIsNullOrderByGestartOp(Long dossierId);

    /** The werkproces of an execution or task, by the variable {@code werkprocesId} every werkproces carries. */
    default Werkproces van(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Long id = ((Number) scope.getVariable("werkprocesId")).longValue();
        return findById(id).orElseThrow(() -> new IllegalStateException("Werkproces " + id + " ontbreekt"));
    }
}
