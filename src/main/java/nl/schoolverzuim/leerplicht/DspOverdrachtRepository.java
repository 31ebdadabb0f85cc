package nl.schoolverzuim.leerplicht;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DspOverdrachtRepository extends JpaRepository<DspOverdracht, Long> {
}
