package nl.schoolverzuim.leerplicht;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DspOverdrachtRepository extends JpaRepository<DspOverdracht, Long> {

    Optional<DspOverdracht> findByWerkprocesId(Long werkprocesId);
}
